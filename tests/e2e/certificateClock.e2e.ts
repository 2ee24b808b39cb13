import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { inForce } from '../../src/lib/certification/certificateMarkup.ts';
import { decisionStatusOn, stateOn } from '../../src/lib/certification/certificateState.ts';
import { addDays } from '../../src/lib/core/isoDate.ts';
import { newPage } from '../../scripts/lib/browser.ts';
import { builtProducts } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

/**
 * The visitor's clock across every state boundary of a certificate (signing day, 90 days before the last day, the
 * last day, the day after, a revocation): on every page that shows the certificate, no [data-cert] element may show
 * a state other than the rule's (stateOn, or decisionStatusOn for history rows) on that day, in its data-state, its
 * label, or its stars (struck and announced exactly when not in force).
 */
const base = inject('baseUrl');
const { browser } = withBrowser();
const { products } = builtProducts();

type Built = (typeof products)[number];
const withDates = products.filter((p) => p.certificate.signed && p.certificate.validUntil);
// The certificate in force that lapses soonest (the one a visitor's later clock flips first), and a revoked one.
const lapsing = withDates
  .filter((p) => p.certificate.certified)
  .sort((a, b) => (a.certificate.validUntil ?? '').localeCompare(b.certificate.validUntil ?? ''))[0];
const revoked = withDates.find((p) => p.certificate.state === 'revoked');
if (!lapsing || !revoked) throw new Error('the sample needs a certified product and a revoked one');

function pages(product: Built): { name: string; path: string; wait?: string; optional?: boolean }[] {
  return [
    { name: 'product', path: product.urls.vi },
    { name: 'product (en)', path: product.urls.en },
    { name: 'trace', path: `/t/${product.traceCode}/` },
    { name: 'trace (en)', path: `/en/t/${product.traceCode}/` },
    { name: 'listing', path: `/provinces/${product.province.id}/` },
    { name: 'guide', path: `/guide/${product.province.id}/`, optional: true },
    { name: 'supplier', path: `/producers/${product.producer}/` },
    { name: 'stamps', path: `/producers/${product.producer}/stamps/`, optional: true },
    {
      name: 'shortlist',
      path: `/shortlist/?items=product:${product.id}`,
      wait: `[data-shortlist-product="${product.id}"] [data-cert]`,
    },
    // The search page joins in once its results carry the certificate element (issue 21).
    {
      name: 'search',
      path: `/search/?q=${encodeURIComponent(product.name.vi)}`,
      wait: '[data-search-count]',
      optional: true,
    },
  ];
}

interface Shown {
  signed: string;
  validUntil: string;
  revoked: string | null;
  nextSigned: string | null;
  state: string;
  labels: Record<string, string>;
  label: string | null;
  stars: { struck: boolean; announced: boolean }[];
  where: string;
}

/** Stars and history rows that no [data-cert] element governs: they could not follow the visitor's day. */
async function ungoverned(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .star-badge, main details table tbody tr')]
      // A star legend (a province's counts by stars) names a level, not anyone's certificate.
      .filter((el) => !el.closest('[data-cert]') && !el.closest('[data-stars-legend]'))
      .map((el) => el.outerHTML.slice(0, 100)),
  );
}

async function shownStates(page: Page): Promise<Shown[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-cert]')].map((el) => {
      const d = el.dataset;
      const badges = [...el.querySelectorAll<HTMLElement>('.star-badge')].filter(
        (badge) => badge.closest('[data-cert]') === el,
      );
      return {
        signed: d['signed'] ?? '',
        validUntil: d['validUntil'] ?? '',
        revoked: d['revoked'] ?? null,
        nextSigned: d['nextSigned'] ?? null,
        state: d['state'] ?? '',
        labels: JSON.parse(d['labels'] ?? '{}') as Record<string, string>,
        label: el.querySelector('[data-cert-label]')?.textContent?.trim() ?? null,
        stars: badges.map((badge) => {
          const shown = badge.querySelector(':scope > :not(.sr-only)');
          const note = badge.querySelector('.stars-lapsed');
          return {
            struck: shown ? getComputedStyle(shown).textDecorationLine.includes('line-through') : false,
            announced: note ? getComputedStyle(note).display !== 'none' : false,
          };
        }),
        where: el.outerHTML.slice(0, 120),
      };
    }),
  );
}

function expected(shown: Shown, day: string): string {
  const own = stateOn(day, shown.signed, shown.validUntil, shown.revoked);
  return shown.nextSigned ? decisionStatusOn(own, day, shown.validUntil, shown.revoked, shown.nextSigned) : own;
}

async function checkDay(product: Built, day: string): Promise<string[]> {
  const problems: string[] = [];
  for (const target of pages(product)) {
    const { context, page } = await newPage(browser(), { width: 1280, height: 900 });
    // Noon in Vietnam on that day.
    await page.clock.install({ time: new Date(`${day}T12:00:00+07:00`) });
    const response = await page.goto(base + target.path);
    if (response?.status() !== 200) {
      await context.close();
      if (target.optional) continue;
      problems.push(`${target.name}: HTTP ${response?.status()}`);
      continue;
    }
    if (target.wait) {
      await page.clock.runFor(100);
      await page.waitForSelector(target.wait, { timeout: 20_000 }).catch(() => undefined);
    }
    for (const free of await ungoverned(page)) problems.push(`${day} ${target.name}: no certificate state for ${free}`);
    const shown = await shownStates(page);
    const mine = shown.filter((s) => s.signed === product.certificate.signed);
    if (mine.length === 0 && !target.optional) problems.push(`${target.name}: the certificate is not shown`);
    for (const s of shown) {
      const want = expected(s, day);
      const at = `${day} ${target.name} ${s.where}`;
      if (s.state !== want) problems.push(`${at}: data-state ${s.state}, rule ${want}`);
      if (s.label !== null && s.labels[want] !== undefined && s.label !== s.labels[want])
        problems.push(`${at}: label "${s.label}", rule "${s.labels[want]}"`);
      for (const star of s.stars) {
        if (star.struck === inForce(want)) problems.push(`${at}: stars ${star.struck ? '' : 'not '}struck, ${want}`);
        if (star.announced === inForce(want))
          problems.push(`${at}: "not in force" ${star.announced ? '' : 'not '}announced, ${want}`);
      }
    }
    await context.close();
  }
  return problems;
}

describe("certificate states follow the visitor's clock on every page", () => {
  const { signed, validUntil } = lapsing.certificate as { signed: string; validUntil: string };
  const days: [string, string][] = [
    ['the signing day', signed],
    ['91 days before the last day (still valid)', addDays(validUntil, -91)],
    ['90 days before the last day (expiring)', addDays(validUntil, -90)],
    ['the last day', validUntil],
    ['the day after the last day', addDays(validUntil, 1)],
  ];
  for (const [name, day] of days) {
    it(`${lapsing.id} on ${name}, ${day}`, async () => {
      expect(await checkDay(lapsing, day)).toEqual([]);
    }, 120_000);
  }

  const revokedOn = revoked.certificate.revokedOn as string;
  for (const [name, day] of [
    ['the day before its revocation', addDays(revokedOn, -1)],
    ['the revocation day', revokedOn],
  ] as const) {
    it(`${revoked.id} on ${name}, ${day}`, async () => {
      expect(await checkDay(revoked, day)).toEqual([]);
    }, 120_000);
  }
});

describe('the first screen of a phone (390 × 844) tells the state with the stars', () => {
  const notInForce = products.filter((p) => p.certificate.state === 'expired' || p.certificate.state === 'revoked');

  it.each(notInForce.slice(0, 4).map((p) => [p.id, p] as const))(
    '%s: the product page leads with the state, its stars struck',
    async (_id, product) => {
      const { context, page } = await newPage(browser(), { width: 390, height: 844 });
      await page.goto(base + product.urls.vi);
      const title = page.locator('[data-title-block] [data-cert]');
      const box = await title.boundingBox();
      expect(box, 'state element in the title block').not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
      expect(await title.getAttribute('data-state')).toBe(product.certificate.state);
      // Nothing with stars above the state.
      const firstStars = await page.locator('main .star-badge').first().boundingBox();
      const label = await title.locator('[data-cert-label]').boundingBox();
      // The first stars on the page sit beside or below the state, never above it.
      expect((firstStars?.y ?? 0) + (firstStars?.height ?? 0) / 2).toBeGreaterThanOrEqual(label?.y ?? 0);
      const [shown] = await shownStates(page);
      expect(shown?.stars.every((s) => s.struck && s.announced)).toBe(true);
      await context.close();
    },
  );

  it.each([
    ['vi', lapsing],
    ['en', lapsing],
    ['vi', revoked],
  ] as const)('the %s trace page of %s says certified?, stars, who and where above the fold', async (lang, product) => {
    const { context, page } = await newPage(browser(), { width: 390, height: 844 });
    await page.goto(`${base}${lang === 'en' ? '/en' : ''}/t/${product.traceCode}/`);
    for (const selector of [
      'header [data-cert] [data-cert-label]',
      'header .star-badge',
      '[data-trace-who]',
      '[data-trace-where]',
    ]) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), selector).toBeLessThanOrEqual(844);
    }
    expect(await page.locator('[data-trace-who] a').getAttribute('href')).toContain(`/producers/${product.producer}/`);
    await context.close();
  });
});
