// The descriptions of the canonical interactions (what Pact reports name them by, and what pact files sort by).
import type { Profile } from '../profiles/index.ts';
import { isRecord } from './json-values.ts';

/** The description of a canonical message interaction. */
export function messageDescription(profile: Profile, kind: string, variant?: string): string {
  return `a ${profile.id} '${kind}' event${variant ? ` (${variant})` : ''}`;
}

/** Descriptions of the canonical HTTP interactions. */
export const httpDescriptions = {
  signed: (profile: Profile, kind: string, variant?: string) =>
    `a signed ${profile.id} delivery of a '${kind}' event${variant ? ` (${variant})` : ''}`,
  assumedStatus: (profile: Profile) =>
    `a signed ${profile.id} delivery answered with the status the kit assumes (unconfirmed)`,
  batch: (profile: Profile) => `a signed ${profile.id} batch of several users' events of mixed types`,
  awkwardText: (profile: Profile) => `a signed ${profile.id} delivery with non-ASCII text and decimals`,
  unknownKind: (profile: Profile) =>
    `a signed ${profile.id} delivery of an event kind Spike does not document yet`,
  duplicate: (profile: Profile, attempt: 1 | 2) =>
    `a signed ${profile.id} delivery of the same event twice (${attempt === 1 ? '1st delivery' : '2nd delivery: a retry of an event already received'})`,
  rotated: (profile: Profile) => `a ${profile.id} delivery signed with the rotated secret`,
  wrongSecret: (profile: Profile) => `a ${profile.id} delivery signed with another secret`,
  missing: (profile: Profile) => `a ${profile.id} delivery without a ${profile.signature.header} header`,
} as const;

/** A readable description suffix for a sample: form submissions with or without an uploaded file. */
export function sampleVariant(sample: unknown): string | undefined {
  const data = isRecord(sample)
    ? isRecord(sample.data)
      ? sample.data
      : isRecord(sample.submission) && isRecord(sample.submission.data)
        ? sample.submission.data
        : undefined
    : undefined;
  if (data === undefined) return undefined;
  const hasFile = Object.values(data).some((v) => typeof v === 'string' && v.startsWith('file:'));
  return hasFile ? 'with a file upload' : 'without files';
}
