// `require('spike-webhook-kit/jest')` (or `import`) registers the simulator's matchers on Jest's global `expect` and
// types them for @types/jest. Add it to `setupFilesAfterEach`, or require it at the top of a test file. It imports
// nothing from Jest: Jest provides `expect` to every test file.
import { SpikeKitError } from '../core/index.ts';
import { type SimulatorMatchers, simulatorMatchers } from '../simulator/matchers.ts';

const jestExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof jestExpect?.extend !== 'function')
  throw new SpikeKitError(
    'OPTIONAL_DEPENDENCY_MISSING',
    "spike-webhook-kit/jest registers matchers on Jest's global expect, and there is none here: load it from a Jest test file or from setupFilesAfterEach (with injectGlobals: false, call expect.extend(simulatorMatchers) from spike-webhook-kit/simulator yourself). For Vitest, import 'spike-webhook-kit/vitest'.",
    { dependency: 'jest', usedBy: 'spike-webhook-kit/jest' },
  );
jestExpect.extend(simulatorMatchers);

declare global {
  // @types/jest declares its matchers in the global `jest` namespace.
  namespace jest {
    // The type parameters must equal @types/jest's declaration of Matchers.
    // biome-ignore lint/complexity/noBannedTypes: @types/jest's own default for T.
    interface Matchers<R, T = {}> extends SimulatorMatchers<R> {}
  }
}

export {
  type DeliveredAfterOptions,
  type ProcessedProbe,
  type SimulatorMatchers,
  simulatorMatchers,
} from '../simulator/matchers.ts';
