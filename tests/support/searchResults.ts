import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the search island lists a result linking to `path`. Results appear about 2 s after the page loads here
 * (Pagefind loads its index and WebAssembly first), past expect.poll's 1 s default.
 */
export async function expectSearchResult(page: Page, path: string): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .locator('[data-search-results] li h3 a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      { timeout: 15_000 },
    )
    .toContain(path);
}
