/**
 * Calendar and RSS endpoints, shared by the Vietnamese and English route files like the views: each route file is
 * `export const GET = xxx('vi')`.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventEntry, loadCatalog } from '../../data/catalog.ts';
import { formatEventDates } from '../../i18n/eventDates.ts';
// Aliased: useTranslations is a plain function, not a React hook, whatever its name tells the linter.
import { useTranslations as translationsFor } from '../../i18n/index.ts';
import { formatDate, pick, localName, type Lang } from '../../lib/core/locale.ts';
import { eventsCalendar, type CalendarEvent } from '../../lib/events/eventsCalendar.ts';
import { recentCertifications } from '../../lib/certification/recentCertifications.ts';
import { authorityEn, writtenText } from '../../lib/catalog/englishRendering.ts';
import { ATOM_NAMESPACE, feedItemDay, rssChannelData, vietnamMidnight } from '../../lib/site/rssChannel.ts';
import { certificationsRssUrl, eventsRssUrl, eventUrl, productUrl } from '../../lib/site/urls.ts';
import { eventsPageKey } from './paths.ts';

const FALLBACK_SITE = new URL('https://ocop.example.vn');

/**
 * An RSS feed's channel fields: its title and description, the home page in its language, and the Atom self link
 * and build day (rssChannelData).
 */
function channel(lang: Lang, root: URL, buildDay: string, feed: { title: string; description: string; self: string }) {
  return {
    title: feed.title,
    description: feed.description,
    site: new URL(lang === 'vi' ? '/' : '/en/', root).href,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: rssChannelData({ selfUrl: new URL(feed.self, root).href, buildDay, lang }),
  };
}

async function calendarResponse(lang: Lang, site: URL, events: CalendarEvent[]): Promise<Response> {
  const t = translationsFor(lang);
  const catalog = await loadCatalog();
  const text = eventsCalendar(events, {
    lang,
    name: t('events.calendarName'),
    pageUrl: (id) => new URL(eventUrl(id, lang), site).href,
    host: site.hostname,
    today: catalog.today,
    kindLabel: (kind) => t(`events.kind.${kind}`),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

async function withBody(id: string): Promise<CalendarEvent> {
  const entry = await eventEntry(id);
  return { id, data: entry.data, body: entry.body };
}

export async function eventIcsPaths() {
  const catalog = await loadCatalog();
  const key = await eventsPageKey(catalog);
  return catalog.events.map((event) => ({ params: { id: event.id }, ...key }));
}

/** /events/<id>.ics: one event, for "add to calendar". */
export function eventIcs(lang: Lang): APIRoute {
  return async ({ params, site }) =>
    calendarResponse(lang, site ?? FALLBACK_SITE, [await withBody(String(params['id']))]);
}

/** /events/calendar.ics: every event, the feed calendar apps subscribe to. */
export function eventsIcs(lang: Lang): APIRoute {
  return async ({ site }) => {
    const catalog = await loadCatalog();
    const events = await Promise.all(catalog.events.map((event) => withBody(event.id)));
    return calendarResponse(lang, site ?? FALLBACK_SITE, events);
  };
}

/**
 * /feeds/events.xml: events, latest first by first day. Event records carry no "published" date: an event that has
 * begun is dated its first day, one still to come the build day (feedItemDay), never a day in the future.
 */
export function eventsRss(lang: Lang): APIRoute {
  return async ({ site }) => {
    const t = translationsFor(lang);
    const catalog = await loadCatalog();
    const root = site ?? FALLBACK_SITE;
    const events = [...catalog.events].reverse().slice(0, 50);
    return rss({
      ...channel(lang, root, catalog.today, {
        title: t('events.feedTitle'),
        description: t('events.feedDescription'),
        self: eventsRssUrl(lang),
      }),
      items: events.map(({ id, data }) => ({
        title: pick(data.name, lang).text,
        link: new URL(eventUrl(id, lang), root).href,
        pubDate: vietnamMidnight(feedItemDay(data.start, catalog.today)),
        description: t('events.feedItem', {
          kind: t(`events.kind.${data.kind}`),
          dates: formatEventDates(data, lang),
          venue: `${data.venue.name}, ${data.venue.address}`,
        }),
        categories: [t(`events.kind.${data.kind}`)],
      })),
    });
  };
}

/** /feeds/certifications.xml: certification decisions, most recently signed first. */
export function certificationsRss(lang: Lang): APIRoute {
  return async ({ site }) => {
    const t = translationsFor(lang);
    const catalog = await loadCatalog();
    const root = site ?? FALLBACK_SITE;
    return rss({
      ...channel(lang, root, catalog.today, {
        title: t('certFeed.title'),
        description: t('certFeed.description'),
        self: certificationsRssUrl(lang),
      }),
      items: recentCertifications(catalog.products, catalog.today, 50).map(({ product, certification }) => {
        const name = localName(product.data, lang);
        const stars =
          certification.result === 'potential-5'
            ? t('stars.potential')
            : t('certFeed.stars', { stars: certification.result });
        return {
          title: t('certFeed.item', { product: name, stars, kind: t(`certFeed.kind.${certification.kind}`) }),
          // Several decisions of one product each need their own link, which @astrojs/rss also uses as the guid.
          link: new URL(`${productUrl(product.id, lang)}#decision-${certification.signed}`, root).href,
          pubDate: vietnamMidnight(certification.signed),
          description: t('certFeed.itemBody', {
            decision: certification.decision,
            authority: writtenText(lang, certification.authority, certification.authorityEn, authorityEn),
            date: formatDate(certification.signed, lang),
          }),
        };
      }),
    });
  };
}
