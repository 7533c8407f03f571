// The floors of the house (DEVELOPERS.md): each floor imports only the floors below it, and nothing forms a circle.
// `npm run deps` checks src/ and generators/; CI runs it.
const floors = [
  { name: 'core', path: '^src/core/' },
  { name: 'profiles', path: '^src/profiles/' },
  { name: 'schemas', path: '^src/schemas/' },
  { name: 'signing', path: '^src/signing/' },
  { name: 'generators', path: '^generators/' },
  { name: 'delivery', path: '^src/delivery/' },
  { name: 'simulator', path: '^src/simulator/' },
  { name: 'vitest', path: '^src/vitest/' },
  { name: 'msw', path: '^src/msw/' },
  { name: 'pact', path: '^src/pact/' },
  { name: 'receive', path: '^src/receive/' },
  { name: 'conformance', path: '^src/conformance/' },
  { name: 'report', path: '^src/report/' },
  { name: 'cli', path: '^src/cli/' },
];
const below = {
  core: [],
  profiles: ['core'],
  schemas: ['core', 'profiles'],
  signing: ['core', 'profiles', 'schemas'],
  generators: ['core', 'profiles', 'schemas'],
  delivery: ['core', 'profiles', 'schemas', 'signing'],
  simulator: ['core', 'profiles', 'schemas', 'signing', 'delivery'],
};
const integrationBase = ['core', 'profiles', 'schemas', 'signing', 'generators', 'delivery', 'simulator'];
const integrationsMayUse = {
  vitest: [...integrationBase, 'conformance'],
  msw: integrationBase,
  pact: integrationBase,
  receive: ['core', 'profiles', 'schemas', 'signing'],
  conformance: integrationBase,
  report: [...integrationBase, 'conformance'],
  cli: [...integrationBase, 'pact', 'conformance', 'receive', 'report'],
};
const allowed = { ...below, ...integrationsMayUse };
const pathOf = Object.fromEntries(floors.map((floor) => [floor.name, floor.path]));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A circle of imports: one of its files belongs a floor lower, or the shared part in a file of its own.',
      from: {},
      to: { circular: true },
    },
    ...floors.map((floor) => ({
      name: `floor-${floor.name}`,
      severity: 'error',
      comment: `${floor.name} may import only ${allowed[floor.name].join(', ') || 'nothing of the kit'} (and itself).`,
      from: { path: floor.path },
      to: {
        path: '^(src|generators)/',
        pathNot: [floor.path, ...allowed[floor.name].map((name) => pathOf[name])],
      },
    })),
    {
      name: 'nothing-imports-the-root',
      severity: 'error',
      comment: 'The root entry (src/index.ts and its own files) sits on top: no floor imports it.',
      from: { path: '^(src|generators)/', pathNot: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
