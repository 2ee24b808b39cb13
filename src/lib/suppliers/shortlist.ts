import { phoneCell, type CsvValue } from '../core/csv.ts';
import { stateOn } from '../certification/certificateState.ts';
import type { CertificateCalendarItem } from '../certification/certificateCalendar.ts';
import type { ProductIndexEntry, SupplierIndexEntry } from './suppliersIndex.ts';

/** A shortlisted product or supplier, written "product:<id>" or "producer:<id>" in storage and in share links. */
export interface ShortlistItem {
  kind: 'product' | 'producer';
  id: string;
}

export const SHORTLIST_STORAGE_KEY = 'ocop.shortlist.v1';

export function parseItem(text: string): ShortlistItem | undefined {
  const match = /^(product|producer):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(text.trim());
  return match ? { kind: match[1] as ShortlistItem['kind'], id: match[2] as string } : undefined;
}

export function itemKey(item: ShortlistItem): string {
  return `${item.kind}:${item.id}`;
}

/** Items from a comma-separated list ("product:a,producer:b"), dropping malformed ones and duplicates. */
export function parseItems(text: string | null | undefined): ShortlistItem[] {
  if (!text) return [];
  const seen = new Set<string>();
  const items: ShortlistItem[] = [];
  for (const part of text.split(',')) {
    const item = parseItem(part);
    if (item && !seen.has(itemKey(item))) {
      seen.add(itemKey(item));
      items.push(item);
    }
  }
  return items;
}

export function serializeItems(items: readonly ShortlistItem[]): string {
  return items.map(itemKey).join(',');
}

export function addItem(items: readonly ShortlistItem[], item: ShortlistItem): ShortlistItem[] {
  return items.some((i) => itemKey(i) === itemKey(item)) ? [...items] : [...items, item];
}

export function removeItem(items: readonly ShortlistItem[], item: ShortlistItem): ShortlistItem[] {
  return items.filter((i) => itemKey(i) !== itemKey(item));
}

/** The link that opens the same shortlist on a colleague's screen. */
export function shareUrl(origin: string, path: string, items: readonly ShortlistItem[]): string {
  return `${origin}${path}?items=${serializeItems(items)}`;
}

/** One supplier of the shortlist with the shortlisted products it makes (a product brings its producer along). */
export interface ShortlistGroup {
  producer: SupplierIndexEntry;
  /** The producer itself was shortlisted, not only some of its products. */
  wholeSupplier: boolean;
  products: ProductIndexEntry[];
}

/** Groups shortlisted items by supplier, in the order they were added; unknown ids (removed records) are skipped. */
export function groupShortlist(
  items: readonly ShortlistItem[],
  producers: ReadonlyMap<string, SupplierIndexEntry>,
  products: ReadonlyMap<string, ProductIndexEntry>,
): ShortlistGroup[] {
  const groups = new Map<string, ShortlistGroup>();
  for (const item of items) {
    const product = item.kind === 'product' ? products.get(item.id) : undefined;
    const producerId = item.kind === 'producer' ? item.id : product?.producer;
    const producer = producerId === undefined ? undefined : producers.get(producerId);
    if (!producer) continue;
    const group = groups.get(producer.id) ?? { producer, wholeSupplier: false, products: [] };
    if (item.kind === 'producer') group.wholeSupplier = true;
    if (product) group.products.push(product);
    groups.set(producer.id, group);
  }
  return [...groups.values()];
}

/** Column keys of the shortlist CSV, in order; the header row is translated by the caller. */
export const SHORTLIST_COLUMNS = [
  'supplier',
  'supplierId',
  'province',
  'product',
  'productId',
  'stars',
  'certificate',
  'validUntil',
  'price',
  'url',
  'capacity',
  'minimumOrder',
  'leadTimeDays',
  'phone',
  'email',
  'website',
  'zalo',
] as const;

/**
 * A listed product's certificate state on `today` (the visitor's day), by the one rule (stateOn) from the dates the
 * supplier index carries; the index's build-day state only when it has none (never certified).
 */
export function productStateOn(product: ProductIndexEntry, today: string): string {
  if (!product.validUntil) return product.state;
  // Indexes written before signing days were carried: only the last valid day counts.
  return stateOn(today, product.signed ?? '0000-01-01', product.validUntil, product.revokedOn ?? null);
}

/** What the CSV rows need from the page: the visitor's day and the words and formats of its language. */
export interface ShortlistRowOptions {
  today: string;
  provinceName: (id: string) => string;
  /** "4" → "4 sao"; "potential-5" → "Tiềm năng 5 sao". */
  starsLabel: (key: string) => string;
  /** "valid" → "Còn hiệu lực", in the language of the headers. */
  stateLabel: (state: string) => string;
  formatDate: (date: string) => string;
  formatPrice: (vnd: number) => string;
  productUrl: (id: string) => string;
}

/**
 * Rows of the shortlist CSV: one per shortlisted product, one per supplier shortlisted on its own. States and stars
 * are words in the page's language (the headers' language), computed on the visitor's day; phone and Zalo numbers go
 * through phoneCell, so a spreadsheet keeps them as text with nothing added that shows.
 */
export function shortlistRows(groups: readonly ShortlistGroup[], options: ShortlistRowOptions): CsvValue[][] {
  return groups.flatMap(({ producer, products, wholeSupplier }) => {
    const supplier = [producer.name, producer.id, options.provinceName(producer.province)];
    const terms = [
      producer.capacity ? `${producer.capacity.perMonth} ${producer.capacity.unit}` : '',
      producer.minimumOrder ? `${producer.minimumOrder.quantity} ${producer.minimumOrder.unit}` : '',
      producer.leadTimeDays ?? '',
      producer.phone ? phoneCell(producer.phone) : '',
      producer.email ?? '',
      producer.website ?? '',
      producer.zalo ? phoneCell(producer.zalo) : '',
    ];
    const rows = products.map((p) => [
      ...supplier,
      p.name,
      p.id,
      p.stars ? options.starsLabel(p.stars) : '',
      options.stateLabel(productStateOn(p, options.today)),
      p.validUntil ? options.formatDate(p.validUntil) : '',
      (p.packs ?? []).map((pack) => `${pack.size}: ${options.formatPrice(pack.priceVnd)}`).join('; '),
      options.productUrl(p.id),
      ...terms,
    ]);
    return wholeSupplier && products.length === 0 ? [[...supplier, '', '', '', '', '', '', '', ...terms]] : rows;
  });
}

/** A tel: link for a phone or Zalo number as written ("+84 294 3000 903" → "tel:+842943000903"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A mailto: link with subject and body filled in ({placeholders} already replaced by the caller). */
export function quoteMailto(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * The listed products whose certificate is still in force on `today` (the visitor's day), one each, in list order:
 * the events of the shortlist's certificate calendar. The words and links come from the caller, in its language.
 */
export function shortlistCalendarItems(
  groups: readonly ShortlistGroup[],
  today: string,
  describe: (
    product: ProductIndexEntry,
    producer: SupplierIndexEntry,
  ) => { summary: string; description: string; url: string },
): CertificateCalendarItem[] {
  return groups.flatMap(({ producer, products }) =>
    products
      .filter((product) => {
        const state = productStateOn(product, today);
        return (state === 'valid' || state === 'expiring') && product.validUntil !== undefined;
      })
      .map((product) => ({
        productId: product.id,
        validUntil: product.validUntil as string,
        ...describe(product, producer),
      })),
  );
}
