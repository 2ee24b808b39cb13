/**
 * npm run admin:screenshots — the pictures of the web editor in the README (docs/admin-*.png), taken at 1280 px in
 * Chromium against decap-server on a temporary copy of content/ (nothing in content/ changes).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startLocalAdmin } from './lib/adminServer.ts';
import { launchBrowser, newPage } from './lib/browser.ts';

const repo = mkdtempSync(join(tmpdir(), 'ocop-admin-shots-'));
cpSync('content', join(repo, 'content'), { recursive: true });
const admin = await startLocalAdmin({ repoDir: repo });
const browser = await launchBrowser();
const { page } = await newPage(browser, { width: 1280, height: 800 });

/** A palette PNG is a fifth of the size of Chromium's for a flat interface and reads the same. */
async function shoot(name: string) {
  const png = await page.screenshot();
  await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(`docs/${name}`);
  console.log(`docs/${name}`);
}

try {
  await page.goto(admin.url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.goto(`${admin.url}#/collections/products-hue`);
  await page.getByText('Bưởi cốm Hương Thọ', { exact: true }).waitFor();
  await shoot('admin-collection.png');

  await page.goto('about:blank');
  await page.goto(`${admin.url}#/collections/products-hue/entries/gao-huu-co-an-lo`);
  await page.getByLabel('Tên sản phẩm', { exact: true }).waitFor();
  await shoot('admin-product.png');

  // The certification history: the list folded, one decision opened.
  await page.getByText('Quyết định công nhận OCOP', { exact: true }).first().scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await page.getByLabel('Số quyết định', { exact: true }).last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -250);
  await page.waitForTimeout(300);
  await shoot('admin-certification.png');
} finally {
  await browser.close();
  await admin.stop();
  rmSync(repo, { recursive: true, force: true });
}
