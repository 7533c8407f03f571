export { createParser, formatIssues, type PayloadParser } from './parse.ts';
