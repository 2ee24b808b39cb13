// @ts-check
/**
 * Mutation testing of the core rules (npm run test:mutation): certificate state and star levels, the certificate
 * watch, folding Vietnamese, the province resolver, dates, event phases and CSV. Reports in reports/mutation/.
 *
 * @stryker-mutator/vitest-runner 10.1.1 matches tests by Vitest 5's " > "-joined names (earlier versions joined with
 * spaces, so every mutant ran no test and "survived"): keep it at 10.1.1 or later.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/certification/certificateState.ts',
    'src/lib/certification/starLevels.ts',
    'src/lib/certification/certificateWatch.ts',
    'src/lib/certification/certificationTimeline.ts',
    'src/lib/core/foldVietnamese.ts',
    'src/lib/core/isoDate.ts',
    'src/lib/core/csv.ts',
    'src/lib/catalog/provinceResolver.ts',
    'src/lib/events/eventPhase.ts',
  ],
  ignorePatterns: ['dist', '.astro', '.fixtures', 'bench/out', 'reports', 'tests/e2e/screenshots', '.ci-out'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 98, low: 95, break: 95 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
