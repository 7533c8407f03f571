// Plain JSON helpers of the contracts: telling objects apart and writing bodies the way Pact stores them.

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted at every level, as Pact stores bodies. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/** An example record with container values in a scalar form: arrays of scalars comma-joined, others as JSON. */
export function scalarValues(example: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(example)) {
    if (value === null || typeof value !== 'object') out[key] = value;
    else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
      out[key] = value.join(',');
    else out[key] = JSON.stringify(value);
  }
  return out;
}
