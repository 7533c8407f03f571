export { type MswTargetOptions, mswTarget, mswTransport } from './transport.ts';
