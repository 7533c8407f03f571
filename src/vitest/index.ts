// `import 'spike-webhook-kit/vitest'` registers the simulator's matchers on Vitest's expect and types them.
// Only this subpath imports vitest: it stays an optional peer of the kit.
import { expect } from 'vitest';
import { type SimulatorMatchers, simulatorMatchers } from '../simulator/matchers.ts';

expect.extend(simulatorMatchers);

declare module 'vitest' {
  interface Matchers<R, T> extends SimulatorMatchers<R> {}
}

export {
  type DeliveredAfterOptions,
  type ProcessedProbe,
  type SimulatorMatchers,
  simulatorMatchers,
} from '../simulator/matchers.ts';
export { type DescribeConformanceOptions, describeConformance } from './describe-conformance.ts';
