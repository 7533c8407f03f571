import type { PersonaOption } from '../../../generators/health/person.ts';
import { type PersonaId, personaIds } from '../../../generators/health/personas.ts';
import { type HealthUser, healthUser } from '../../../generators/health/user.ts';
import { Rng } from '../../core/index.ts';
import { UserRecords } from './user-records.ts';

/** One user of a world: the seed and persona `generate` draws them with, the person, and their records. */
export interface WorldUser {
  readonly index: number;
  /** The seed of this user's payloads: `generate(profile, { seed, persona })` describes this same person. */
  readonly seed: string;
  readonly persona: PersonaOption;
  readonly person: HealthUser;
  readonly records: UserRecords;
}

/**
 * The users of a world: user `i` is the person `generate` describes with seed `${worldSeed}/user-${i}` and the
 * user's persona (given, or drawn from the world seed: every persona once before any repeats), so every payload
 * drawn for them and every API answer read the same day models.
 *
 * @example
 * ```ts
 * worldUsers(7, 3, refMs, 30).map((u) => u.person.clientUserId);
 * ```
 */
export function worldUsers(
  seed: number | string,
  users: number | readonly PersonaOption[],
  refMs: number,
  days: number,
): WorldUser[] {
  const list = typeof users === 'number' ? drawPersonas(seed, users) : users;
  return list.map((persona, index) => {
    const userSeed = `${seed}/user-${index}`;
    const person = healthUser({ seed: userSeed, persona });
    const firstDayNo = person.localDayOf(refMs) - days + 1;
    return { index, seed: userSeed, persona, person, records: new UserRecords(person, firstDayNo, refMs) };
  });
}

function drawPersonas(seed: number | string, count: number): PersonaId[] {
  const rng = new Rng(seed).fork('world-personas');
  const out: PersonaId[] = [];
  while (out.length < count) out.push(...rng.sample([...personaIds], personaIds.length));
  return out.slice(0, count);
}
