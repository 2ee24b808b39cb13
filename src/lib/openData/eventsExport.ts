import type { EventRow, OutletRow } from '../../schemas/openData.ts';
import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { OPEN_DATA_LICENCE } from './openDataLicence.ts';
import { eventUrl } from '../site/urls.ts';

interface Document {
  generated: string;
  statesAsOf: string;
  licence: string;
  province: string | null;
  count: number;
}
export interface EventsExport extends Document {
  events: EventRow[];
}
export interface OutletsExport extends Document {
  outlets: OutletRow[];
}

function header(catalog: { today: string }, generated: string, province: string | undefined, count: number): Document {
  return { generated, statesAsOf: catalog.today, licence: OPEN_DATA_LICENCE.url, province: province ?? null, count };
}

/** /data/events.json: every fair and event record, oldest first, with its page links. */
export function eventsExport<P extends ProductLike>(
  catalog: Catalog<P>,
  generated: string,
  province?: string,
): EventsExport {
  const events = catalog.events
    .filter((e) => province === undefined || e.data.province === province)
    .map((e): EventRow => ({ id: e.id, ...e.data, urls: { vi: eventUrl(e.id, 'vi'), en: eventUrl(e.id, 'en') } }));
  return { ...header(catalog, generated, province, events.length), events };
}

/** /data/outlets.json: every showroom and point of sale record. */
export function outletsExport<P extends ProductLike>(
  catalog: Catalog<P>,
  generated: string,
  province?: string,
): OutletsExport {
  const outlets = catalog.outlets
    .filter((o) => province === undefined || o.data.province === province)
    .map((o): OutletRow => ({ id: o.id, ...o.data }));
  return { ...header(catalog, generated, province, outlets.length), outlets };
}
