// Which of the paths a consumer requires (`data[*].total_sleep`, `data.email` ...) sit right below a path.

/** The keys directly below `path` that some required path goes through (`data` for `data[*].a` at the root). */
export function requiredChildren(required: ReadonlySet<string>, path: string): string[] {
  const keys = new Set<string>();
  for (const p of required) {
    let rest: string;
    if (path === '') rest = p;
    else if (p.startsWith(`${path}.`)) rest = p.slice(path.length + 1);
    else continue;
    const key = rest.split(/[.[]/)[0];
    if (key) keys.add(key);
  }
  return [...keys];
}

/** The keys of the record at `path` that are required themselves (`email` for `data.email`, not for `data.a.b`). */
export function requiredRecordKeys(required: ReadonlySet<string>, path: string): string[] {
  const prefix = `${path}.`;
  return [...required]
    .filter(
      (p) =>
        p.startsWith(prefix) &&
        !p.slice(prefix.length).includes('.') &&
        !p.slice(prefix.length).includes('['),
    )
    .map((p) => p.slice(prefix.length));
}
