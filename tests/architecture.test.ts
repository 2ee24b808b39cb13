import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the README's "How the code is laid out" section draws, kept by a test: each layer imports only the
 * layers below it, the domain folders of src/lib import each other without a cycle, and nothing in the site imports
 * scripts/ or tests/.
 */

const root = resolve(import.meta.dirname, '..');
const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.startsWith('tests/fixtures/'));
}

/** Layers from the bottom up; a file may import its own layer and those below. */
const LAYERS: [name: string, test: (path: string) => boolean][] = [
  ['config', (p) => p === 'src/config.ts'],
  ['core', (p) => p.startsWith('src/lib/core/')],
  ['schemas', (p) => p.startsWith('src/schemas/')],
  ['lib', (p) => p.startsWith('src/lib/')],
  ['i18n', (p) => p.startsWith('src/i18n/')],
  [
    'wiring',
    (p) =>
      p.startsWith('src/data/') ||
      p.startsWith('src/loaders/') ||
      p.startsWith('src/integrations/') ||
      p === 'src/content.config.ts',
  ],
  ['islands', (p) => p.startsWith('src/islands/')],
  ['components', (p) => p.startsWith('src/components/') || p.startsWith('src/layouts/')],
  ['views', (p) => p.startsWith('src/pages/_views/')],
  ['routes', (p) => p.startsWith('src/pages/')],
  ['scripts', (p) => p.startsWith('scripts/') || p === 'astro.config.mjs'],
  ['tests', (p) => p.startsWith('tests/') || p.endsWith('.test.ts')],
];

function layerOf(path: string): number {
  // A unit test sits beside its module but belongs to the tests layer: it may use any test helper.
  const testsLayer = LAYERS.length - 1;
  if (LAYERS[testsLayer]?.[1](path)) return testsLayer;
  const index = LAYERS.findIndex(([, test]) => test(path));
  if (index === -1) throw new Error(`${path} belongs to no layer: add it to LAYERS and to the README's diagram`);
  return index;
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('tests'), 'astro.config.mjs'];
const edges = files.flatMap((from) =>
  [...readFileSync(join(root, from), 'utf8').matchAll(IMPORT)].map((match) => ({
    from,
    to: relative(root, resolve(dirname(join(root, from)), match[1] as string))
      .split('\\')
      .join('/'),
  })),
);

/** The domain folder of a file in src/lib ("certification"), or undefined. */
const domainOf = (path: string) => /^src\/lib\/([^/]+)\//.exec(path)?.[1];

describe('layering', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(500);
  });

  it('imports only downwards: config ← core ← schemas ← lib ← i18n ← views ← routes; scripts and tests on top', () => {
    const upward = edges
      .filter(({ to }) => SOURCE.test(to) && !to.startsWith('node_modules/'))
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(({ from, to }) => `${from} (${LAYERS[layerOf(from)]?.[0]}) imports ${to} (${LAYERS[layerOf(to)]?.[0]})`);
    expect(upward).toEqual([]);
  });

  it('keeps src/lib/core a leaf: it imports only core and config', () => {
    const out = edges.filter(
      ({ from, to }) =>
        from.startsWith('src/lib/core/') &&
        !from.endsWith('.test.ts') &&
        !to.startsWith('src/lib/core/') &&
        to !== 'src/config.ts',
    );
    expect(out).toEqual([]);
  });

  it('has no cycle between the domain folders of src/lib', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      if (from.endsWith('.test.ts')) continue;
      const a = domainOf(from);
      const b = domainOf(to);
      if (a && b && a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
