import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalAdmin, startLocalAdmin } from '../../scripts/lib/adminServer.ts';
import { launchBrowser, newPage } from '../../scripts/lib/browser.ts';
import { distDir } from '../../src/config.ts';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';

/**
 * The web editor against decap-server on a temporary copy of content/: an office corrects a product's summary and
 * records a renewal, and the file on disk changes exactly there, keeps everything else, and still validates.
 */
const PRODUCT = 'products/hue/buoi-com-huong-tho.md';
const PRODUCER = 'producers/hue/htx-an-lo.yaml';

let repo: string;
let admin: LocalAdmin;
let browser: Browser;
let page: Page;
const violations: string[] = [];
const pageErrors: string[] = [];

function read(path: string) {
  const text = readFileSync(join(repo, 'content', path), 'utf8');
  const parsed = parseRecord(path, text);
  if (!('record' in parsed)) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
  return { text, ...parsed.record };
}

/** Picks a choice in one of Decap's drop-down lists (react-select), found by its label. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).last().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openEntry(collection: string, slug: string) {
  // A fresh load for each record, as an office worker opening a link would (the sign-in is remembered).
  await page.goto('about:blank');
  await page.goto(`${admin.url}#/collections/${collection}/entries/${slug}`);
  await page
    .getByLabel('Tên sản phẩm', { exact: true })
    .or(page.getByLabel('Tên chủ thể', { exact: true }))
    .waitFor();
}

/** "Công bố" → "Công bố ngay" (publish now), then wait for the editor's "saved" notice and dismiss it. */
async function publish() {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
  const saved = page.getByText('Mục đã được lưu', { exact: true });
  await saved.waitFor({ timeout: 20_000 });
  await saved.click();
  await saved.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'ocop-admin-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  admin = await startLocalAdmin({ repoDir: repo });
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { width: 1280, height: 900 }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp?: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(admin.url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Bộ sưu tập').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await admin?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the web editor at /admin/', () => {
  it('lists a province’s products under its own collection, in Vietnamese', async () => {
    await page.goto(`${admin.url}#/collections/products-hue`);
    await page.getByRole('heading', { name: 'TP Huế · Sản phẩm' }).waitFor();
    await page.getByText('Bưởi cốm Hương Thọ', { exact: true }).waitFor();
    expect(await page.getByText('Gạo hữu cơ An Lỗ', { exact: true }).count()).toBe(1);
  });

  it('saves a corrected summary and a renewal into the file, keeping every other field', async () => {
    const before = read(PRODUCT);
    await openEntry('products-hue', 'buoi-com-huong-tho');

    // The summary is a group of two texts; its Vietnamese text is the first "Tiếng Việt" on the form.
    const summary = page.getByLabel('Tiếng Việt (không bắt buộc)', { exact: true }).first();
    await summary.fill('Bưởi cốm vỏ mỏng, múi ráo, trồng trên đồi Hương Thọ (đã sửa qua trình soạn thảo).');

    await page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
    await page.getByLabel('Số quyết định', { exact: true }).last().fill('345/QĐ-UBND');
    await page.getByLabel('Ngày ký', { exact: true }).last().fill('2024-01-15');
    await choose('Cấp đánh giá', 'Cấp tỉnh');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).last().fill('UBND thành phố Huế');
    await choose('Hạng sao', '3 sao');
    await choose('Loại công nhận', 'Cấp lại');
    await page.getByLabel('Quyết định mẫu (không bắt buộc)', { exact: true }).last().check();
    await publish();

    const after = read(PRODUCT);
    expect(after.text).not.toBe(before.text);
    const { summary: summaryAfter, certifications: certificationsAfter, ...restAfter } = after.data;
    const { summary: summaryBefore, certifications: certificationsBefore, ...restBefore } = before.data;
    expect(restAfter).toEqual(restBefore);
    expect(after.body.trim()).toBe(before.body.trim());
    expect(summaryAfter).toEqual({
      ...(summaryBefore as object),
      vi: 'Bưởi cốm vỏ mỏng, múi ráo, trồng trên đồi Hương Thọ (đã sửa qua trình soạn thảo).',
    });
    expect(certificationsAfter).toEqual([
      ...(certificationsBefore as unknown[]),
      {
        decision: '345/QĐ-UBND',
        signed: '2024-01-15',
        level: 'province',
        authority: 'UBND thành phố Huế',
        result: 3,
        kind: 'renewed',
        sample: true,
      },
    ]);
    // Written as a person would: dates unquoted YYYY-MM-DD, the sample flag kept, keys in the schema's order.
    expect(after.text).toMatch(/\n {4}signed: 2020-11-16\n/);
    expect(after.text).toMatch(/\n {4}signed: 2024-01-15\n/);
    expect(after.text).toMatch(/\nsample: true\n/);
    expect(Object.keys(after.data)).toEqual(Object.keys(before.data));
  });

  it('keeps a producer’s quoted phone numbers as text when it saves a change', async () => {
    const before = read(PRODUCER);
    await openEntry('producers-hue', 'htx-an-lo');
    await page.getByLabel('Thời gian giao hàng (ngày) (không bắt buộc)', { exact: true }).fill('6');
    await publish();
    const after = read(PRODUCER);
    const { leadTimeDays, ...restAfter } = after.data;
    const { leadTimeDays: _, ...restBefore } = before.data;
    expect(leadTimeDays).toBe(6);
    expect(restAfter).toEqual(restBefore);
    expect((after.data['contact'] as { zalo: unknown }).zalo).toBe('0900000101');
    expect(Object.keys(after.data)).toEqual(Object.keys(before.data));
  });

  it('uploads a photo beside the record and refers to it from the record', async () => {
    const record = 'products/hue/dau-lac-quang-an.md';
    const before = read(record);
    // A photo from the office's computer: outside content/, under a new name.
    mkdirSync(join(repo, 'upload'), { recursive: true });
    const photo = join(repo, 'upload', 'chai-dau-lac.jpg');
    copyFileSync(join(repo, 'content/products/hue/images/dau-lac-quang-an.jpg'), photo);
    await openEntry('products-hue', 'dau-lac-quang-an');
    await page.getByRole('button', { name: 'Thêm ảnh', exact: true }).click();
    await page.getByRole('button', { name: 'Chọn một hình', exact: true }).last().click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByText('chai-dau-lac.jpg', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Lấy những cái đã chọn', exact: true }).click();
    await page.getByLabel('Mô tả ảnh (tiếng Việt)', { exact: true }).last().fill('Chai dầu lạc Quảng An');
    await publish();
    const after = read(record);
    expect(existsSync(join(repo, 'content/products/hue/images/chai-dau-lac.jpg'))).toBe(true);
    const { images, ...rest } = after.data;
    const { images: imagesBefore, ...restBefore } = before.data;
    expect(rest).toEqual(restBefore);
    expect(images).toEqual([
      ...(imagesBefore as unknown[]),
      { src: './images/chai-dau-lac.jpg', alt: 'Chai dầu lạc Quảng An' },
    ]);
  });

  it('leaves a tree that passes npm run validate', () => {
    const run = spawnSync(process.execPath, ['scripts/validate.ts'], {
      env: { ...process.env, OCOP_CONTENT_DIR: join(repo, 'content') },
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toMatch(/— no errors/);
    expect(run.status).toBe(0);
  });

  it('runs under its own Content Security Policy without a violation or a script error', async () => {
    const recorded = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...recorded]).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('/admin/ in the built site', () => {
  const dist = distDir();

  it('loads the editor under its own policy and asks an office to sign in with the git host', async () => {
    const { page: built, context } = await newPage(browser, { width: 1280, height: 900 });
    const blocked: string[] = [];
    built.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await built.goto(`${inject('baseUrl')}/admin/`);
    expect(response?.status()).toBe(200);
    await built.getByRole('button', { name: /Đăng nhập/ }).waitFor({ timeout: 45_000 });
    const policy = await built.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'self' blob: https://api.github.com");
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('keeps search engines and the site search away from the editor', () => {
    const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    const sitemaps = readdirSync(dist).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(join(dist, name), 'utf8')).not.toContain('/admin/');
    // Pagefind reads only the pages its glob names (pagefind.yml); the editor page carries no data-pagefind-body.
    expect(readFileSync('pagefind.yml', 'utf8')).toMatch(/^glob: '\{products,en\/products\}\/\*\/index\.html'$/m);
    expect(html).not.toContain('data-pagefind-body');
  });
});
