import { describe, expect, it } from 'vitest';
import { median, resultsTable, type BenchResult } from './benchReport.ts';

const result = (products: number, change: Partial<BenchResult> = {}): BenchResult => ({
  products,
  producers: products / 2,
  date: '2026-06-01',
  generateSeconds: 1,
  validateSeconds: 10,
  buildSeconds: 400,
  buildCpuSeconds: 500,
  loadAverage: 2,
  checkSeconds: 5,
  pagefindSeconds: null,
  pages: 120000,
  peakRssBytes: 2 * 1024 ** 3,
  distBytes: 1024 ** 3,
  distFiles: 130000,
  catalogueLoads: 1,
  productPageGzipMedian: 10 * 1024,
  productPageScriptFiles: 0,
  scriptBytes: { product: { files: 0, bytes: 0, inlineBytes: 1200 } },
  searchFirstBytes: null,
  searchSecondBytes: null,
  minimalBuildSeconds: 100,
  minimalBuildCpuSeconds: 125,
  minimalPages: 40000,
  ...change,
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('resultsTable', () => {
  it('puts sizes in columns, smallest first, and reports the overhead as a ratio', () => {
    const table = resultsTable([result(20000), result(1000, { buildSeconds: 20, minimalBuildSeconds: 10 })]);
    expect(table.split('\n')[0]).toBe('| measure | 1,000 products | 20,000 products |');
    expect(table).toContain('| site overhead: build time ÷ minimal | 2.0× | 4.0× |');
    expect(table).toContain(
      '| search page (vi): first answer, search bytes after load (four-word query) | n/a | n/a |',
    );
  });

  it('reports the search page per language and judges its budgets', () => {
    const measure = (firstBytes: number) => ({
      pageBytes: 100 * 1024,
      queries: ['a b c d', 'e f g h'] as [string, string],
      firstBytes,
      secondBytes: 20 * 1024,
      firstAnswerMs: 2500,
    });
    const table = resultsTable([
      result(20000, {
        searchFirstBytes: 300 * 1024,
        searchSecondBytes: 20 * 1024,
        search: { vi: measure(200 * 1024), en: measure(300 * 1024) },
      }),
    ]);
    expect(table).toContain('| search page (en): first answer, search bytes after load (four-word query) | 300.0 KB |');
    expect(table).toContain(
      '| search page (vi): time to first answer, phone profile (4× CPU, 1.6 Mbps, 150 ms) | 2.5 s |',
    );
    expect(table).toContain('| budget: search page ≤ 120 KB to load, both languages | holds |');
    expect(table).toContain(
      '| budget: first answer (four words) ≤ 250 KB after the page has loaded, both languages | **fails** |',
    );
    expect(table).toContain('| budget: second answer ≤ 60 KB | holds |');
  });

  it('judges the end-to-end budget only at national size, and flags a failed budget', () => {
    const table = resultsTable([
      result(1000, { buildSeconds: 900 }),
      result(20000, { buildSeconds: 700, productPageScriptFiles: 1 }),
    ]);
    expect(table).toContain('| budget: 20,000 products: full build ≤ 3 min (warm image cache) | – | **fails** |');
    expect(table).toContain('| budget: no script files on product pages | holds | **fails** |');
  });
});

describe('resultsTable with scripts/build.ts results', () => {
  it('takes the build as one time, shows the slowest render process, and judges the rebuild budget', () => {
    const table = resultsTable([
      result(20000, {
        buildSeconds: 170,
        validateSeconds: 20,
        stepSeconds: { 'astro build 1/2': 100, 'astro build 2/2': 104, pagefind: 40 },
        buildProcesses: 2,
        rebuildSeconds: 75,
      }),
    ]);
    expect(table).toContain('| end to end | 2 min 50 s |');
    expect(table).toContain('| step: render (slowest process) | 1 min 44 s |');
    expect(table).toContain('| step: merge | n/a |');
    expect(table).toContain('| budget: 20,000 products: full build ≤ 3 min (warm image cache) | holds |');
    expect(table).toContain('| budget: 20,000 products: one corrected record live ≤ 60 s | **fails** |');
  });
});
