import type { Lang } from '../core/locale.ts';

/**
 * Every public URL of the site. These are stable and documented in the README: printed packaging and QR codes link
 * to them, so they are built from permanent ids (file names, trace codes), never from names.
 */

/** "" for Vietnamese (the default, at the root), "/en" for English. */
export function langPrefix(lang: Lang): string {
  return lang === 'vi' ? '' : '/en';
}

export function homeUrl(lang: Lang): string {
  return `${langPrefix(lang)}/`;
}
export function productUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/products/${id}/`;
}
export function productsUrl(lang: Lang): string {
  return `${langPrefix(lang)}/products/`;
}
export function traceUrl(traceCode: string, lang: Lang): string {
  return `${langPrefix(lang)}/t/${traceCode}/`;
}
export function producerUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/producers/${id}/`;
}
export function provincesUrl(lang: Lang): string {
  return `${langPrefix(lang)}/provinces/`;
}
export function provinceUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/provinces/${id}/`;
}
export function groupsUrl(lang: Lang): string {
  return `${langPrefix(lang)}/groups/`;
}
export function groupUrl(group: string, lang: Lang, subgroup?: string): string {
  return `${langPrefix(lang)}/groups/${group}/${subgroup ? `${subgroup}/` : ''}`;
}
export function starsUrl(stars: string, lang: Lang): string {
  return `${langPrefix(lang)}/stars/${stars}/`;
}
export function eventsUrl(lang: Lang): string {
  return `${langPrefix(lang)}/events/`;
}
export function eventUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/events/${id}/`;
}
/** One event as an iCalendar file, for "add to calendar". */
export function eventIcsUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/events/${id}.ics`;
}
/** Every event in one subscribable iCalendar feed. */
export function eventsIcsUrl(lang: Lang): string {
  return `${langPrefix(lang)}/events/calendar.ics`;
}
/** The month view of events. */
export function eventsCalendarUrl(lang: Lang): string {
  return `${langPrefix(lang)}/events/calendar/`;
}
export function eventsProvinceUrl(province: string, lang: Lang): string {
  return `${langPrefix(lang)}/events/province/${province}/`;
}
export function eventsKindUrl(kind: string, lang: Lang): string {
  return `${langPrefix(lang)}/events/kind/${kind}/`;
}
/** RSS feed of events, newest first. */
export function eventsRssUrl(lang: Lang): string {
  return `${langPrefix(lang)}/feeds/events.xml`;
}
/** RSS feed of certification decisions, most recently signed first. */
export function certificationsRssUrl(lang: Lang): string {
  return `${langPrefix(lang)}/feeds/certifications.xml`;
}
export function outletUrl(id: string, lang: Lang): string {
  return `${langPrefix(lang)}/outlets/${id}/`;
}
export function searchUrl(lang: Lang): string {
  return `${langPrefix(lang)}/search/`;
}
export function aboutUrl(lang: Lang): string {
  return `${langPrefix(lang)}/about/`;
}

/** The same page in the other language: swaps the /en prefix. */
export function switchLang(path: string, to: Lang): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === 'vi' ? bare : `/en${bare === '/' ? '/' : bare}`;
}

/** Product ids that would collide with listing URLs under /products/. */
export const RESERVED_PRODUCT_IDS = ['page', 'sort'] as const;

/** Event ids that would collide with the event listing URLs under /events/. */
export const RESERVED_EVENT_IDS = ['province', 'kind', 'calendar'] as const;
/** Supplier directory (issue 7): every producer, and the same split by province and by product group. */
export function suppliersUrl(lang: Lang): string {
  return `${langPrefix(lang)}/suppliers/`;
}
export function suppliersProvinceUrl(province: string, lang: Lang): string {
  return `${langPrefix(lang)}/suppliers/province/${province}/`;
}
export function suppliersGroupUrl(group: string, lang: Lang): string {
  return `${langPrefix(lang)}/suppliers/group/${group}/`;
}
/** The buyer's shortlist; ?add=product:<id> or ?add=producer:<id> adds an item, ?items=… shows a shared list. */
export function shortlistUrl(lang: Lang): string {
  return `${langPrefix(lang)}/shortlist/`;
}
export function shortlistAddUrl(kind: 'product' | 'producer', id: string, lang: Lang): string {
  return `${shortlistUrl(lang)}?add=${kind}:${id}`;
}
export function statsUrl(lang: Lang): string {
  return `${langPrefix(lang)}/stats/`;
}
export function dataUrl(lang: Lang): string {
  return `${langPrefix(lang)}/data/`;
}
/** Open data files are language-neutral: /data/products.json, /data/provinces/hue/products.csv. */
export function openDataFileUrl(file: string, province?: string): string {
  return province ? `/data/provinces/${province}/${file}` : `/data/${file}`;
}
export function openDataSchemaUrl(kind: string): string {
  return `/data/schemas/${kind}.schema.json`;
}
/** The compact index the supplier directory and the shortlist read in the browser. */
export const SUPPLIERS_INDEX_URL = '/data/suppliers-index.json';
/** The QR code of a product's trace page, as SVG (for print) and PNG (for office documents). One per product. */
export function traceQrUrl(traceCode: string, format: 'svg' | 'png'): string {
  return `/t/${traceCode}/qr.${format}`;
}
/** A producer's printable sheet of QR stamps. */
export function stampsUrl(producerId: string, lang: Lang): string {
  return `${langPrefix(lang)}/producers/${producerId}/stamps/`;
}
/** The shared outline drawing every position map is drawn on. */
export function vietnamMapUrl(): string {
  return '/map/vietnam.svg';
}
/** A site path as an absolute URL on the deployed site (QR codes and schema.org need absolute URLs). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
/** A point on openstreetmap.org: a plain link, nothing is loaded from there. */
export function openStreetMapUrl(point: { lat: number; lng: number }, zoom = 14): string {
  const lat = point.lat.toFixed(5);
  const lng = point.lng.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}
/** Visitor guide (issue 8): one per province with certified products; Huế is the showcase. */
export function guideUrl(province: string, lang: Lang): string {
  return `${langPrefix(lang)}/guide/${province}/`;
}
/** What the service worker shows for a page it has not saved, when there is no connection. */
export function offlineUrl(lang: Lang): string {
  return `${langPrefix(lang)}/offline/`;
}
/** The service worker, at the root so its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The web app manifest of each language (its start page and name differ). */
export function manifestUrl(lang: Lang): string {
  return `${langPrefix(lang)}/manifest.webmanifest`;
}
/** App icons drawn from the favicon at build time. */
export const APP_ICON_SIZES = [192, 512] as const;
export function appIconUrl(size: (typeof APP_ICON_SIZES)[number] | 180, purpose: 'any' | 'maskable' = 'any'): string {
  return `/icons/${purpose === 'maskable' ? 'maskable-' : ''}${size}.png`;
}
/** Walking directions between two points on openstreetmap.org: a plain link, nothing loaded from there. */
export function openStreetMapDirectionsUrl(
  from: { lat: number; lng: number },
  to: { lat: number; lng: number },
): string {
  const point = (p: { lat: number; lng: number }) => `${p.lat.toFixed(5)}%2C${p.lng.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${point(from)}%3B${point(to)}`;
}

/** Renewals due: certificates lapsing soon, lately lapsed or revoked; the whole country or one province. */
export function renewalsUrl(lang: Lang, province?: string): string {
  return `${langPrefix(lang)}/renewals/${province ? `${province}/` : ''}`;
}
/** The same rows as CSV, in the page's language. */
export function renewalsCsvUrl(lang: Lang, province?: string): string {
  return `${renewalsUrl(lang, province)}renewals.csv`;
}
/** Calendar of every certificate in force in a province, one event on each last valid day, with alarms. */
export function provinceCertificatesIcsUrl(province: string, lang: Lang): string {
  return `${renewalsUrl(lang, province)}certificates.ics`;
}
/** Calendar of one product's certificate in force. */
export function productCertificateIcsUrl(id: string, lang: Lang): string {
  return `${productUrl(id, lang)}certificate.ics`;
}
/** Atom feed of certificate changes (new, renewed, upgraded, expired, revoked), national or one province. */
export function changesFeedUrl(lang: Lang, province?: string): string {
  return `${langPrefix(lang)}/feeds/changes${province ? `/${province}` : ''}.xml`;
}
