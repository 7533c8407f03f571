export { mswTransport } from './transport.ts';
