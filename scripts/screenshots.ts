/**
 * npm run screenshots -- /path/ [/other/ …]: serves dist/ and saves full-page PNGs at 390 px and 1280 px wide into
 * tests/e2e/screenshots/, for looking at pages as a person would.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, newPage } from './lib/browser.ts';
import { distDir } from '../src/config.ts';
import { serveStatic } from './lib/staticServer.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
if (paths.length === 0) paths.push('/');
const out = 'tests/e2e/screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(distDir());
const browser = await launchBrowser();
for (const path of paths) {
  for (const width of [390, 1280]) {
    const { context, page } = await newPage(browser, { width, height: 900 });
    await page.goto(url + path, { waitUntil: 'networkidle' });
    const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    console.log(`${out}/${name}`);
    await context.close();
  }
}
await browser.close();
server.close();
