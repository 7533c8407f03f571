#!/usr/bin/env node
// The `spike-webhook-kit-pact` executable: servers for the standalone `pact verifier` CLI (see ./cli.ts).
import { main } from './cli.ts';

await main();
