import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../scripts/lib/browser.ts';
import { builtProducts, dist } from '../support/builtSite.ts';
import { readIcs } from '../support/readIcs.ts';
import { withBrowser } from '../support/withBrowser.ts';

const data = builtProducts();
const today = data.statesAsOf;
const { open } = withBrowser();

/** Every .ics file under a folder of dist, recursively. */
function icsFiles(folder: string): string[] {
  return readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ics'))
    .map((name) => join(dist, folder, name));
}

describe('renewals due', () => {
  it.each(['/renewals/', '/en/renewals/', '/renewals/hue/', '/en/renewals/hue/'])('%s passes axe', async (path) => {
    const page = await open(path);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('lists in "next 90 days" exactly the products whose certificate is expiring, by the build day', async () => {
    const page = await open('/renewals/');
    const listed = await page.$$eval('[data-bucket="within90"] [data-product]', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset['product']),
    );
    const expiring = data.products.filter((p) => p.certificate.state === 'expiring').map((p) => p.id);
    expect(listed.sort()).toEqual(expiring.sort());
    expect(listed.length).toBeGreaterThan(0);
    await page.close();
  });

  it('lists every product of the province pages on the national page, and the CSV has the same rows', async () => {
    const national = await open('/renewals/');
    const rows = await national.$$eval('[data-product]', (cells) => cells.length);
    await national.close();
    const csv = readFileSync(join(dist, 'renewals/renewals.csv'), 'utf8').trim().split('\n');
    expect(csv.length - 1).toBe(rows);
  });
});

describe('certificate calendars', () => {
  const files = [
    ...icsFiles('renewals'),
    ...icsFiles('products'),
    ...icsFiles('en/renewals'),
    ...icsFiles('en/products'),
  ];

  it('are written for each province with products and each certified product, in both languages', () => {
    const certified = data.products.filter((p) => p.certificate.certified);
    expect(files.filter((f) => f.endsWith('certificate.ics')).length).toBe(certified.length * 2);
    expect(files.some((f) => f.endsWith(join('renewals', 'hue', 'certificates.ics')))).toBe(true);
  });

  it('parse with ical.js, keep RFC 5545 line rules, and hold both alarms on each last valid day', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.endsWith('\r\n'), file).toBe(true);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), file).toBeLessThanOrEqual(75);
      const { events, calendar } = readIcs(text);
      for (const [i, event] of events.entries()) {
        expect(event.allDay, file).toBe(true);
        const triggers = calendar
          .getAllSubcomponents('vevent')
          [i]?.getAllSubcomponents('valarm')
          .map((alarm) => alarm.getFirstPropertyValue('trigger')?.toString());
        expect(triggers, file).toEqual(['-P90D', '-P30D']);
      }
    }
  });

  it("put a product's event on its certificate's last valid day", () => {
    const product = data.products.find((p) => p.certificate.certified && p.certificate.validUntil);
    if (!product) throw new Error('the sample needs a certified product');
    const { events } = readIcs(readFileSync(join(dist, 'products', product.id, 'certificate.ics'), 'utf8'));
    expect(events.map((e) => e.start)).toEqual([product.certificate.validUntil]);
  });

  it('the shortlist builds one event per listed certified product in the browser', async () => {
    const listed = data.products.filter((p) => p.certificate.certified).slice(0, 3);
    const uncertified = data.products.find((p) => !p.certificate.certified);
    const items = [...listed, ...(uncertified ? [uncertified] : [])].map((p) => `product:${p.id}`).join(',');
    const page = await open(`/shortlist/?items=${encodeURIComponent(items)}`);
    const button = page.locator('[data-shortlist-calendar]');
    await page.waitForSelector('[data-shortlist-calendar]:not([disabled])', { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    const { events } = readIcs(readFileSync(path, 'utf8'));
    expect(events.map((e) => e.uid.split('-20')[0]).sort()).toEqual(listed.map((p) => `certificate-${p.id}`).sort());
    await page.close();
  });
});

describe('change feeds', () => {
  it('date every entry on or before the build day, newest first, with a self link', () => {
    for (const file of ['feeds/changes.xml', 'en/feeds/changes.xml', 'feeds/changes/hue.xml']) {
      const xml = readFileSync(join(dist, file), 'utf8');
      expect(xml).toContain('rel="self"');
      const dates = [...xml.matchAll(/<entry>[\s\S]*?<updated>(\d{4}-\d{2}-\d{2})T/g)].map((m) => m[1] as string);
      expect(dates.length, file).toBeGreaterThan(0);
      expect(dates.every((d) => d <= today)).toBe(true);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('lists in /data/changes.json the same changes as the national feed', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/changes.json'), 'utf8')) as { changes: { id: string }[] };
    const xml = readFileSync(join(dist, 'feeds/changes.xml'), 'utf8');
    const ids = [...xml.matchAll(/certificate-change\/([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(json.changes.slice(0, 100).map((c) => c.id));
  });
});
