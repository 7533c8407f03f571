#!/usr/bin/env node
// The `spike-webhook-kit` executable (see ./main.ts).
import { main } from './main.ts';

// A reader that stops early (`spike-webhook-kit generate ... --count 1000 | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main(process.argv.slice(2));
