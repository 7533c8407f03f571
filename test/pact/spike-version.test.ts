// "Spike's version" at a broker is a hash of the kit's facts per profile, not the kit's package version.
import { describe, expect, it } from 'vitest';
import { spikeVersion } from '../../src/pact/spike-version.ts';
import { profileIds, profiles } from '../../src/profiles/index.ts';

describe('spikeVersion', () => {
  it('is a stable hash per profile, one for each profile, unrelated to the package version', async () => {
    const versions = await Promise.all(profileIds.map((id) => spikeVersion(id)));
    expect(versions.every((v) => /^facts-[0-9a-f]{12}$/.test(v))).toBe(true);
    expect(new Set(versions).size).toBe(profileIds.length);
    expect(await spikeVersion('spike-health-v3')).toBe(versions[profileIds.indexOf('spike-health-v3')]);
  });

  it('comes from the facts: the contracts generated now hash like the shipped ones, a changed fact differs', async () => {
    // A copy is not the built-in profile, so its contracts are generated (with this run's Pact metadata).
    const copy = { ...profiles['spike-forms'] };
    expect(await spikeVersion(copy)).toBe(await spikeVersion('spike-forms'));
    const renamed = {
      ...copy,
      signature: { ...copy.signature, header: 'X-Other-Signature' },
    };
    expect(await spikeVersion(renamed)).not.toBe(await spikeVersion('spike-forms'));
  });
});
