/**
 * The layer rules of digimat (docs/architecture.md), checked by dependency-cruiser.
 * test/architecture/layers.test.ts runs them on src/ in `npm test`; on Node 22 or later the CLI works
 * too: `npx depcruise --config .dependency-cruiser.cjs src`.
 */

/**
 * The layers from the bottom up. A file may import its own layer and any layer below it, never one
 * above. Folders on one row are neighbours: they may import each other, and the no-circular rule
 * keeps that from turning into a loop.
 */
const LAYERS = [
  { name: 'schema', paths: ['src/schema/'] },
  { name: 'core', paths: ['src/core/'] },
  { name: 'model', paths: ['src/model/'] },
  { name: 'views and i18n', paths: ['src/views/', 'src/i18n/'] },
  { name: 'pdf', paths: ['src/pdf/'] },
  { name: 'node and report', paths: ['src/node/', 'src/report/'] },
  { name: 'site and room', paths: ['src/site/', 'src/room/'] },
  { name: 'commands and browser', paths: ['src/commands/', 'src/browser/'] },
  { name: 'cli', paths: ['src/cli.ts'] },
];

/** Type declarations for untyped packages: no layer, nothing imports them by path. */
const AMBIENT = ['src/types/'];

/** Layers whose code runs in the browser or must stay pure: no Node built-ins (`node:fs`, `path`, ...). */
const NO_NODE_BUILTINS = ['src/core/', 'src/model/', 'src/schema/', 'src/browser/'];

const escapeDots = (p) => p.replace(/[.]/g, '\\.');
const anyOf = (paths) => `^(${paths.map(escapeDots).join('|')})`;

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name.replace(/ /g, '-')}`,
  severity: 'error',
  comment: `${layer.name} may import only itself and the layers below it (${
    LAYERS.slice(0, i)
      .map((l) => l.name)
      .join(', ') || 'none'
  }).`,
  from: { path: anyOf(layer.paths) },
  to: { path: anyOf(LAYERS.slice(i + 1).flatMap((l) => l.paths)) },
}));

const known = anyOf([...LAYERS.flatMap((l) => l.paths), ...AMBIENT]);

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No two files import each other, directly or round a loop (type-only imports count).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-node-builtins',
      severity: 'error',
      comment: 'core, model and schema stay pure and browser/ is bundled for the page: no Node built-ins.',
      from: { path: anyOf(NO_NODE_BUILTINS) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'layer-unknown',
      severity: 'error',
      comment:
        'Every file under src/ belongs to a layer: add a new folder to LAYERS in .dependency-cruiser.cjs and to docs/architecture.md.',
      from: { path: '^src/', pathNot: known },
      to: {},
    },
    {
      name: 'layer-unknown-target',
      severity: 'error',
      comment: 'Imports reach only files that belong to a layer (see layer-unknown).',
      from: {},
      to: { path: '^src/', pathNot: known },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing would hide a dependency from every other rule.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a type imported from an upper layer ties the layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve package entry points through `exports`, as Node and esbuild do (barcode-detector/ponyfill).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
