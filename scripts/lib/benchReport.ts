/** What npm run bench measures for one catalogue size. Times in seconds, sizes in bytes; null when not measured. */
export interface BenchResult {
  products: number;
  producers: number;
  date: string;
  generateSeconds: number;
  validateSeconds: number;
  buildSeconds: number;
  /** User + system CPU seconds of astro build, when GNU time measured them. */
  buildCpuSeconds: number | null;
  /** One-minute load average when the size finished: how busy the shared machine was. */
  loadAverage: number;
  checkSeconds: number;
  /** scripts/check-links.ts over the whole build (null in results written before it was timed). */
  linkCheckSeconds?: number | null;
  pagefindSeconds: number | null;
  pages: number;
  peakRssBytes: number;
  distBytes: number;
  distFiles: number;
  catalogueLoads: number;
  productPageGzipMedian: number;
  productPageScriptFiles: number;
  scriptBytes: Record<string, { files: number; bytes: number; inlineBytes: number }>;
  searchFirstBytes: number | null;
  searchSecondBytes: number | null;
  /** The search page per language (scripts/bench.ts searchBytes); absent in results written before it was measured. */
  search?: Record<
    'vi' | 'en',
    {
      pageBytes: number;
      /** Web fonts among pageBytes; absent in results written before it was measured. */
      fontBytes?: number;
      queries: [string, string];
      firstBytes: number;
      secondBytes: number;
      firstAnswerMs: number | null;
    }
  > | null;
  minimalBuildSeconds: number | null;
  minimalBuildCpuSeconds: number | null;
  minimalPages: number | null;
  /** Render processes of scripts/build.ts (absent in results written before it). */
  buildProcesses?: number;
  /** Wall time of each step of scripts/build.ts, as its --timings file gives them (steps overlap). */
  stepSeconds?: Record<string, number>;
  /** scripts/build.ts --changed after one product record was corrected: wall and CPU time, pages written again. */
  rebuildSeconds?: number | null;
  rebuildCpuSeconds?: number | null;
  rebuildWritten?: number | null;
  rebuildPeakRssBytes?: number | null;
  /** One-minute load average just before the size started: how busy the machine was before the build's own load. */
  loadAverageBefore?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`;
}

/**
 * End to end as npm run build publishes the site. scripts/build.ts runs its steps side by side and is timed as one
 * (buildSeconds); earlier results timed validate, astro build, Pagefind and the checks one after the other.
 */
export function endToEndSeconds(r: BenchResult): number {
  if (r.stepSeconds) return r.buildSeconds;
  return r.validateSeconds + r.buildSeconds + r.checkSeconds + (r.pagefindSeconds ?? 0) + (r.linkCheckSeconds ?? 0);
}

export interface Budget {
  label: string;
  /** Whether the budget holds for a result; undefined when it cannot be judged (not measured, or not its size). */
  holds: (r: BenchResult) => boolean | undefined;
}

export const BUDGETS: readonly Budget[] = [
  {
    label: '20,000 products: full build ≤ 3 min (warm image cache)',
    holds: (r) => (r.products >= 20000 ? endToEndSeconds(r) <= 180 : undefined),
  },
  {
    label: '20,000 products: one corrected record live ≤ 60 s',
    holds: (r) => (r.products >= 20000 && r.rebuildSeconds != null ? r.rebuildSeconds <= 60 : undefined),
  },
  { label: 'peak RSS < 8 GiB', holds: (r) => r.peakRssBytes < 8 * 1024 ** 3 },
  { label: 'product page ≤ 25 KB gzipped HTML+CSS', holds: (r) => r.productPageGzipMedian <= 25 * 1024 },
  { label: 'no script files on product pages', holds: (r) => r.productPageScriptFiles === 0 },
  {
    label: 'search page ≤ 120 KB to load, both languages',
    holds: (r) => (r.search ? Math.max(r.search.vi.pageBytes, r.search.en.pageBytes) <= 120 * 1024 : undefined),
  },
  {
    label: 'first answer (four words) ≤ 250 KB after the page has loaded, both languages',
    holds: (r) => (r.searchFirstBytes === null ? undefined : r.searchFirstBytes <= 250 * 1024),
  },
  {
    label: 'second answer ≤ 60 KB',
    holds: (r) => (r.searchSecondBytes === null ? undefined : r.searchSecondBytes <= 60 * 1024),
  },
];

/** The search page rows, one per language and measure (bench.ts searchBytes). */
function searchRows(): [string, (r: BenchResult) => string][] {
  return (['vi', 'en'] as const).flatMap((lang): [string, (r: BenchResult) => string][] => {
    const of = (r: BenchResult) => r.search?.[lang];
    const bytes = (value: number | undefined) => (value === undefined ? na : formatBytes(value));
    return [
      [
        `search page (${lang}): page load, transferred (HTML, CSS, scripts, images, fonts)`,
        (r) => bytes(of(r)?.pageBytes),
      ],
      [`search page (${lang}): of which web fonts (shared by every page)`, (r) => bytes(of(r)?.fontBytes)],
      [
        `search page (${lang}): first answer, search bytes after load (four-word query)`,
        (r) => bytes(of(r)?.firstBytes),
      ],
      [`search page (${lang}): second answer, search bytes`, (r) => bytes(of(r)?.secondBytes)],
      [
        `search page (${lang}): time to first answer, phone profile (4× CPU, 1.6 Mbps, 150 ms)`,
        (r) => {
          const ms = of(r)?.firstAnswerMs;
          return ms === undefined || ms === null ? na : formatSeconds(ms / 1000);
        },
      ],
    ];
  });
}

const na = 'n/a';

/** The results as a Markdown table: one column per catalogue size, one row per measure, then the budgets. */
export function resultsTable(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.products - b.products);
  const pageTypes = [...new Set(sorted.flatMap((r) => Object.keys(r.scriptBytes)))];
  const rows: [string, (r: BenchResult) => string][] = [
    ['producers', (r) => r.producers.toLocaleString('en-US')],
    ['pages built', (r) => r.pages.toLocaleString('en-US')],
    ['render processes', (r) => (r.buildProcesses === undefined ? na : String(r.buildProcesses))],
    ['validate', (r) => formatSeconds(r.validateSeconds)],
    ...(
      [
        'astro sync',
        'render (slowest process)',
        'merge',
        'pagefind',
        'build check',
        'build check: search',
        // The link check also reads the pages' policies for the host configuration (scripts/check-links.ts).
        'link check',
        'host config',
        'compress',
      ] as const
    ).map((step): [string, (r: BenchResult) => string] => [
      `step: ${step}`,
      (r) => {
        const steps = r.stepSeconds;
        if (!steps) return na;
        const value =
          step === 'render (slowest process)'
            ? Math.max(
                ...Object.entries(steps)
                  .filter(([name]) => name.startsWith('astro build'))
                  .map(([, v]) => v),
              )
            : steps[step];
        return value === undefined || !Number.isFinite(value) ? na : formatSeconds(value);
      },
    ]),
    ['full build (npm run build), wall', (r) => formatSeconds(r.buildSeconds)],
    [
      'full build, CPU time (user + sys, every process)',
      (r) => {
        const cpu = r.buildCpuSeconds ?? null;
        return cpu === null ? na : formatSeconds(cpu);
      },
    ],
    ['end to end', (r) => formatSeconds(endToEndSeconds(r))],
    ['pages per second (end to end)', (r) => (r.pages / endToEndSeconds(r)).toFixed(0)],
    [
      'one record corrected: npm run build -- --changed, wall',
      (r) => (r.rebuildSeconds == null ? na : formatSeconds(r.rebuildSeconds)),
    ],
    ['one record corrected: CPU time', (r) => (r.rebuildCpuSeconds == null ? na : formatSeconds(r.rebuildCpuSeconds))],
    [
      'one record corrected: pages and files written again',
      (r) => (r.rebuildWritten == null ? na : r.rebuildWritten.toLocaleString('en-US')),
    ],
    [
      'one record corrected: peak RSS',
      (r) => (r.rebuildPeakRssBytes == null ? na : formatBytes(r.rebuildPeakRssBytes)),
    ],
    [
      'machine load average before the size (2 cores)',
      (r) => (r.loadAverageBefore === undefined ? na : r.loadAverageBefore.toFixed(1)),
    ],
    [
      'machine load average after (2 cores)',
      (r) => {
        const load = r.loadAverage ?? null;
        return load === null ? na : load.toFixed(1);
      },
    ],
    ['peak RSS (all processes of the build together)', (r) => formatBytes(r.peakRssBytes)],
    ['collections read (loadCatalog runs)', (r) => String(r.catalogueLoads)],
    ['dist size', (r) => formatBytes(r.distBytes)],
    ['dist files', (r) => r.distFiles.toLocaleString('en-US')],
    ['product page, median gzip HTML+CSS', (r) => formatBytes(r.productPageGzipMedian)],
    ...pageTypes.map((type): [string, (r: BenchResult) => string] => [
      `scripts on ${type} page: files / bytes (+ inline)`,
      (r) => {
        const s = r.scriptBytes[type];
        return s ? `${s.files} / ${formatBytes(s.bytes)} (+ ${formatBytes(s.inlineBytes)})` : na;
      },
    ]),
    ...searchRows(),
    [
      'minimal template build (same records)',
      (r) =>
        r.minimalBuildSeconds === null
          ? na
          : `${formatSeconds(r.minimalBuildSeconds)}, ${(r.minimalPages ?? 0).toLocaleString('en-US')} pages`,
    ],
    [
      'site overhead: build time ÷ minimal',
      (r) => (r.minimalBuildSeconds === null ? na : `${(r.buildSeconds / r.minimalBuildSeconds).toFixed(1)}×`),
    ],
    [
      'site overhead, CPU time: build ÷ minimal',
      (r) => {
        const cpu = r.buildCpuSeconds ?? null;
        return cpu === null || !r.minimalBuildCpuSeconds ? na : `${(cpu / r.minimalBuildCpuSeconds).toFixed(1)}×`;
      },
    ],
    [
      'site overhead per page: ms/page ÷ minimal ms/page',
      (r) =>
        r.minimalBuildSeconds === null || !r.minimalPages
          ? na
          : `${(r.buildSeconds / r.pages / (r.minimalBuildSeconds / r.minimalPages)).toFixed(1)}×`,
    ],
  ];
  const header = `| measure | ${sorted.map((r) => `${r.products.toLocaleString('en-US')} products`).join(' | ')} |`;
  const rule = `|---|${sorted.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${sorted.map(cell).join(' | ')} |`);
  const budgets = BUDGETS.map((budget) => {
    const cells = sorted.map((r) => {
      const holds = budget.holds(r);
      return holds === undefined ? '–' : holds ? 'holds' : '**fails**';
    });
    return `| budget: ${budget.label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...body, ...budgets].join('\n');
}
