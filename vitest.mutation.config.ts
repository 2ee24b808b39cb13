import { defineConfig } from 'vitest/config';

/**
 * The unit tests of the core rule modules, for mutation testing (npm run test:mutation, stryker.config.mjs): each
 * mutant is run against the tests that cover it, out of these files only.
 */
export default defineConfig({
  test: {
    include: [
      'src/lib/certification/certificateState.test.ts',
      'src/lib/certification/certificateWatch.test.ts',
      'src/lib/certification/certificationTimeline.test.ts',
      'src/lib/certification/starLevels.test.ts',
      'src/lib/core/foldVietnamese.test.ts',
      'src/lib/core/isoDate.test.ts',
      'src/lib/core/csv.test.ts',
      'src/lib/catalog/provinceResolver.test.ts',
      'src/lib/events/splitEvents.test.ts',
    ],
    env: { OCOP_TODAY: '2026-11-23', OCOP_MUTATION: '1' },
  },
});
