/**
 * Certificate watch endpoints, shared by the Vietnamese and English route files like feeds.ts: renewals CSV,
 * certificate calendars (per province, per product) and the Atom change feeds (national, per province).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { certificateCalendarItem, starsInWords } from '../../i18n/certificateWatch.ts';
// Aliased: useTranslations is a plain function, not a React hook, whatever its name tells the linter.
import { useTranslations as translationsFor } from '../../i18n/index.ts';
import { toCsv } from '../../lib/core/csv.ts';
import { formatDate, localName, pick, type Lang } from '../../lib/core/locale.ts';
import { certificateCalendar } from '../../lib/certification/certificateCalendar.ts';
import type { ProductLike, ProductView } from '../../lib/catalog/buildCatalog.ts';
import { renewalsDue } from '../../lib/watch/renewalsDue.ts';
import { catalogChanges, changeId } from '../../lib/watch/catalogChanges.ts';
import { atomFeed } from '../../lib/watch/atomFeed.ts';
import { absoluteUrl, changesFeedUrl, homeUrl, productUrl, renewalsUrl } from '../../lib/site/urls.ts';
import { productFileKey, provinceWatchKey, withKeys } from './pageKeys.ts';

const FALLBACK_SITE = new URL('https://ocop.example.vn');

/** Provinces with at least one product: the ones that get renewals pages, calendars and feeds. */
export async function watchProvincePaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.provinces
      .filter((province) => catalog.productsOfProvince(province.id).length > 0)
      .map(async (province) => ({
        params: { province: province.id },
        ...(withKeys ? { cacheKey: await provinceWatchKey(catalog, province.id) } : {}),
      })),
  );
}
export const provincePaths = watchProvincePaths satisfies GetStaticPaths;

/** /renewals/renewals.csv, /renewals/<province>/renewals.csv: the rows of the page, in its language. */
export function renewalsCsv(lang: Lang): APIRoute {
  return async ({ params, site }) => {
    const t = translationsFor(lang);
    const catalog = await loadCatalog();
    const province = params['province'];
    const rows = renewalsDue(catalog, province).flatMap(({ bucket, rows }) =>
      rows.map((row) => [
        t(`renewals.bucket.${bucket}`),
        localName(row.product.data, lang),
        row.product.id,
        localName(row.product.producer.data, lang),
        pick(row.product.province.data.name, lang).text,
        row.stars === 'none' ? '' : starsInWords(row.product.cert.current?.result ?? 3, lang),
        row.decision,
        row.signed,
        row.validUntil,
        row.revokedOn ?? '',
        t(`cert.state.${row.product.cert.state}`),
        absoluteUrl(productUrl(row.product.id, lang), site ?? FALLBACK_SITE),
      ]),
    );
    const header = [
      t('renewals.col.list'),
      t('renewals.col.product'),
      t('shortlist.csv.productId'),
      t('renewals.col.producer'),
      t('renewals.col.province'),
      t('renewals.col.stars'),
      t('renewals.col.decision'),
      t('cert.signed'),
      t('renewals.col.validUntil'),
      t('renewals.col.revokedOn'),
      t('renewals.col.state'),
      'URL',
    ];
    return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  };
}

function certificatesResponse<P extends ProductLike>(
  products: readonly ProductView<P>[],
  scope: string,
  lang: Lang,
  site: URL,
  today: string,
): Response {
  const t = translationsFor(lang);
  const items = products
    .filter((product) => product.cert.certified && product.cert.current && product.cert.validUntil)
    .map((product) =>
      certificateCalendarItem(
        product,
        product.cert.current as NonNullable<typeof product.cert.current>,
        product.cert.validUntil as string,
        lang,
        site,
      ),
    );
  const text = certificateCalendar(items, {
    name: t('calendar.certName', { scope }),
    host: site.hostname,
    stamp: today,
    alarm: t('calendar.certAlarm'),
    language: lang.toUpperCase(),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** /renewals/<province>/certificates.ics: every certificate in force in the province, on its last valid day. */
export function provinceCertificatesIcs(lang: Lang): APIRoute {
  return async ({ params, site }) => {
    const catalog = await loadCatalog();
    const province = catalog.province(String(params['province']));
    return certificatesResponse(
      catalog.productsOfProvince(province.id),
      pick(province.data.name, lang).text,
      lang,
      site ?? FALLBACK_SITE,
      catalog.today,
    );
  };
}

/** Products with a certificate in force: the ones that get a calendar file. */
export async function certifiedProductPaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.products
      .filter((product) => product.cert.certified)
      .map(async (product) => ({
        params: { id: product.id },
        ...(withKeys ? { cacheKey: await productFileKey(catalog, product) } : {}),
      })),
  );
}

/** /products/<id>/certificate.ics: the product's certificate in force. */
export function productCertificateIcs(lang: Lang): APIRoute {
  return async ({ params, site }) => {
    const catalog = await loadCatalog();
    const product = catalog.product(String(params['id']));
    return certificatesResponse([product], localName(product.data, lang), lang, site ?? FALLBACK_SITE, catalog.today);
  };
}

/** /feeds/changes.xml, /feeds/changes/<province>.xml: one Atom entry per certificate change, newest first. */
export function changesFeed(lang: Lang): APIRoute {
  return async ({ params, site }) => {
    const t = translationsFor(lang);
    const catalog = await loadCatalog();
    const root = site ?? FALLBACK_SITE;
    const provinceId = params['province'];
    const province = provinceId === undefined ? undefined : catalog.province(provinceId);
    const scope = province ? pick(province.data.name, lang).text : t('renewals.national');
    const changes = catalogChanges(catalog, province?.id).slice(0, 100);
    const xml = atomFeed({
      id: absoluteUrl(changesFeedUrl(lang, province?.id), root),
      title: t('changes.title', { scope }),
      self: absoluteUrl(changesFeedUrl(lang, province?.id), root),
      alternate: absoluteUrl(province ? renewalsUrl(lang, province.id) : homeUrl(lang), root),
      lang,
      updated: changes[0]?.date ?? catalog.today,
      entries: changes.map((change) => {
        const stars = starsInWords(change.decision.result, lang);
        const product = localName(change.product.data, lang);
        return {
          id: `tag:${root.hostname},2025:certificate-change/${changeId(change)}`,
          title: t(`changes.entry.${change.kind}`, { product, stars }),
          link: absoluteUrl(productUrl(change.product.id, lang), root),
          date: change.date,
          summary: t('changes.entryBody', {
            producer: localName(change.product.producer.data, lang),
            decision: change.decision.decision,
            signed: formatDate(change.decision.signed, lang),
            validUntil: formatDate(change.validUntil, lang),
            date: formatDate(change.date, lang),
          }),
          category: change.kind,
        };
      }),
    });
    return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  };
}
