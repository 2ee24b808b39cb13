import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, newPage } from '../../scripts/lib/browser.ts';

/**
 * One headless Chromium for the tests of a file or describe block: launched before them, closed after.
 * `open(path)` loads a page of the built site that globalSetup serves and expects HTTP 200.
 */
export function withBrowser(): {
  browser: () => Browser;
  open: (path: string, options?: Parameters<typeof newPage>[1]) => Promise<Page>;
} {
  const base = inject('baseUrl');
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const browser = () => {
    if (!launched) throw new Error('the browser is launched in beforeAll');
    return launched;
  };
  return {
    browser,
    async open(path, options = {}) {
      const { page } = await newPage(browser(), options);
      const response = await page.goto(base + path);
      expect(response?.status(), path).toBe(200);
      return page;
    },
  };
}
