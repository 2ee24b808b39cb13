import { useEffect, useMemo, useState } from 'react';
import { toCsv } from '../lib/core/csv.ts';
import {
  addItem,
  groupShortlist,
  parseItem,
  parseItems,
  productStateOn,
  quoteMailto,
  removeItem,
  shareUrl,
  SHORTLIST_COLUMNS,
  shortlistCalendarItems,
  shortlistRows,
  telHref,
  type ShortlistItem,
} from '../lib/suppliers/shortlist.ts';
import { CertificateLine, type CertificateLineWords } from './CertificateLine.tsx';
import { certificateCalendar } from '../lib/certification/certificateCalendar.ts';
import { vietnamDate } from '../lib/core/clock.ts';
import type { DecisionStatus } from '../lib/certification/certificateState.ts';
import type { SuppliersIndex } from '../lib/suppliers/suppliersIndex.ts';
import { producerUrl, productUrl, SUPPLIERS_INDEX_URL } from '../lib/site/urls.ts';
import { type Lang, localName, formatDate, formatNumber, formatVnd } from '../lib/core/locale.ts';
import { fill, type Strings } from './islandStrings.ts';
import { loadShortlist, saveShortlist } from './shortlistStore.ts';

interface Props {
  lang: Lang;
  strings: Strings;
  /** Labels by value for stars ("4" → "4 sao") and certificate states ("valid" → "Còn hiệu lực"). */
  starLabels: Record<string, string>;
  stateLabels: Record<string, string>;
  /** The certificate element's words (certificateLineWords). */
  certWords: CertificateLineWords;
}

const button =
  'inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-bold text-brand-900';

/**
 * The buyer's shortlist: kept in localStorage, filled from ?add=product:<id> links on any page, shown from
 * ?items=… when a colleague shares one. Exports CSV (UTF-8 with BOM), prints as one sheet, builds the share link.
 */
export default function Shortlist({ lang, strings, starLabels, stateLabels, certWords }: Props) {
  // The visitor's day in Vietnam: every state shown, exported or put in the calendar is computed for it.
  const [today] = useState(() => vietnamDate(new Date()));
  const [items, setItems] = useState<ShortlistItem[]>([]);
  const [shared, setShared] = useState<ShortlistItem[] | undefined>();
  const [index, setIndex] = useState<SuppliersIndex | undefined>();
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    let stored = loadShortlist();
    const added = parseItem(params.get('add') ?? '');
    if (added) {
      stored = addItem(stored, added);
      saveShortlist(stored);
    }
    if (params.has('items')) setShared(parseItems(params.get('items')));
    if (added) {
      params.delete('add');
      const query = params.toString();
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    }
    setItems(stored);
    setReady(true);
    fetch(SUPPLIERS_INDEX_URL)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: SuppliersIndex) => {
        setIndex(data);
        if (added) {
          const name =
            added.kind === 'product'
              ? data.products.find((p) => p.id === added.id)?.name
              : data.producers.find((p) => p.id === added.id)?.name;
          if (name) setStatus(fill(strings, 'shortlist.added', { name }));
        }
      })
      .catch(() => setFailed(true));
  }, [strings]);

  const shown = shared ?? items;
  const lookups = useMemo(
    () => ({
      producers: new Map(index?.producers.map((p) => [p.id, p]) ?? []),
      products: new Map(index?.products.map((p) => [p.id, p]) ?? []),
      provinces: new Map(index?.provinces.map((p) => [p.id, lang === 'en' ? p.en : p.vi]) ?? []),
    }),
    [index, lang],
  );
  const groups = useMemo(() => groupShortlist(shown, lookups.producers, lookups.products), [shown, lookups]);
  const link = ready ? shareUrl(window.location.origin, window.location.pathname, shown) : '';

  const change = (next: ShortlistItem[]) => {
    saveShortlist(next);
    setItems(next);
  };
  const remove = (item: ShortlistItem) => change(removeItem(items, item));

  const download = (text: string, type: string, fileName: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const downloadCsv = () => {
    const header = SHORTLIST_COLUMNS.map((column) => fill(strings, `shortlist.csv.${column}`));
    const csv = toCsv(
      header,
      shortlistRows(groups, {
        today,
        provinceName: (id) => lookups.provinces.get(id) ?? id,
        starsLabel: (key) => starLabels[key] ?? key,
        stateLabel: (state) => stateLabels[state] ?? state,
        formatDate: (date) => formatDate(date, lang),
        formatPrice: (vnd) => formatVnd(vnd, lang),
        productUrl: (id) => new URL(productUrl(id, lang), window.location.origin).href,
      }),
    );
    download(csv, 'text/csv;charset=utf-8', fill(strings, 'shortlist.fileName'));
  };

  // The certificate calendar of the listed products, built here from the supplier index: no server, and it works
  // offline once the page and the index are saved. Certificates are checked against the visitor's own day.
  const downloadCalendar = () => {
    const items = shortlistCalendarItems(groups, today, (product, producer) => ({
      summary: fill(strings, 'calendar.certSummary', { product: localName(product, lang) }),
      description: fill(strings, 'calendar.certDescriptionShort', {
        producer: localName(producer, lang),
        stars: starLabels[product.stars ?? ''] ?? '',
        validUntil: formatDate(product.validUntil ?? '', lang),
      }),
      url: new URL(productUrl(product.id, lang), window.location.origin).href,
    }));
    if (items.length === 0) {
      setStatus(fill(strings, 'shortlist.calendarNone'));
      return;
    }
    const text = certificateCalendar(items, {
      name: fill(strings, 'shortlist.calendarName'),
      host: window.location.hostname,
      stamp: today,
      alarm: fill(strings, 'calendar.certAlarm'),
      language: lang.toUpperCase(),
    });
    download(text, 'text/calendar;charset=utf-8', 'ocop-certificates.ics');
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(fill(strings, 'shortlist.copied'));
    } catch {
      (document.getElementById('shortlist-share') as HTMLInputElement | null)?.select();
    }
  };

  const name = (entry: { name: string; nameEn?: string }) => localName(entry, lang);

  if (!ready) return <p>{fill(strings, 'shortlist.loading')}</p>;

  return (
    <div className="space-y-4">
      <p role="status" aria-live="polite" className="font-bold empty:hidden" data-shortlist-status>
        {status}
      </p>
      {shared && (
        <div
          className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
          data-no-print
        >
          <p>{fill(strings, 'shortlist.shared', { count: shared.length })}</p>
          <button
            type="button"
            className={button}
            onClick={() => {
              const merged = shared.reduce(addItem, items);
              change(merged);
              setShared(undefined);
              window.history.replaceState(null, '', window.location.pathname);
            }}
          >
            {fill(strings, 'shortlist.saveShared')}
          </button>
        </div>
      )}
      {failed && <p>{fill(strings, 'suppliers.loadError')}</p>}
      {shown.length === 0 ? (
        <p data-shortlist-empty>{fill(strings, 'shortlist.empty')}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-2" data-no-print>
            <button type="button" className={button} onClick={downloadCsv} disabled={!index}>
              {fill(strings, 'shortlist.exportCsv')}
            </button>
            <button
              type="button"
              className={button}
              onClick={downloadCalendar}
              disabled={!index}
              title={fill(strings, 'shortlist.calendarHint')}
              data-shortlist-calendar
            >
              {fill(strings, 'shortlist.calendar')}
            </button>
            <button type="button" className={button} onClick={() => window.print()}>
              {fill(strings, 'shortlist.print')}
            </button>
            <button type="button" className={button} onClick={copyLink}>
              {fill(strings, 'shortlist.share')}
            </button>
            {!shared && (
              <button type="button" className={button} onClick={() => change([])}>
                {fill(strings, 'shortlist.clear')}
              </button>
            )}
            <label className="flex w-full flex-col gap-1 text-sm font-bold">
              {fill(strings, 'shortlist.shareLabel')}
              <input
                id="shortlist-share"
                readOnly
                value={link}
                className="w-full rounded border border-stone-400 bg-white px-2 py-1 font-mono text-xs font-normal"
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
          </div>
          <p className="text-sm text-muted">
            {fill(strings, 'shortlist.count', { count: shown.length })}
            {` · ${fill(strings, 'shortlist.statesOn', { date: formatDate(today, lang) })}`}
          </p>
          <p className="hidden text-sm print:block" data-print-date>
            {fill(strings, 'shortlist.printedOn', { date: formatDate(today, lang) })}
          </p>
          <ul className="space-y-3" data-shortlist>
            {groups.map(({ producer, products, wholeSupplier }) => (
              <li
                key={producer.id}
                data-shortlist-supplier={producer.id}
                className="sheet-supplier rounded-lg border border-stone-200 bg-white p-4 text-sm"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-base font-bold" lang="vi">
                    <a href={producerUrl(producer.id, lang)}>{producer.name}</a>
                  </h2>
                  <span className="text-muted">{lookups.provinces.get(producer.province) ?? producer.province}</span>
                </div>
                <p className="mt-1">
                  {[
                    producer.capacity &&
                      `${fill(strings, 'supplier.capacity')}: ${fill(strings, 'supplier.capacityValue', { quantity: formatNumber(producer.capacity.perMonth, lang), unit: producer.capacity.unit })}`,
                    producer.minimumOrder &&
                      `${fill(strings, 'supplier.minimumOrder')}: ${producer.minimumOrder.quantity} ${producer.minimumOrder.unit}`,
                    producer.leadTimeDays !== undefined &&
                      `${fill(strings, 'supplier.leadTime')}: ${fill(strings, 'supplier.leadTimeValue', { days: producer.leadTimeDays })}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1" data-shortlist-contacts>
                  {producer.phone && (
                    <li>
                      <a href={telHref(producer.phone)}>{producer.phone}</a>
                    </li>
                  )}
                  {producer.email && (
                    <li>
                      <a href={`mailto:${producer.email}`}>{producer.email}</a>
                    </li>
                  )}
                  {producer.website && (
                    <li>
                      <a href={producer.website} rel="noopener noreferrer">
                        {producer.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                      </a>
                    </li>
                  )}
                  {producer.zalo && (
                    <li>
                      Zalo <a href={telHref(producer.zalo)}>{producer.zalo}</a>
                    </li>
                  )}
                </ul>
                {wholeSupplier && (
                  <p className="mt-1 flex flex-wrap items-center gap-2">
                    <span>{fill(strings, 'shortlist.wholeSupplier')}</span>
                    {!shared && (
                      <button
                        type="button"
                        className="text-brand-800 underline"
                        data-no-print
                        onClick={() => remove({ kind: 'producer', id: producer.id })}
                      >
                        {fill(strings, 'shortlist.removeShort')}
                        <span className="sr-only"> {producer.name}</span>
                      </button>
                    )}
                  </p>
                )}
                {products.length > 0 && (
                  <ul className="mt-2 divide-y divide-stone-100 border-t border-stone-100">
                    {products.map((product) => (
                      <li
                        key={product.id}
                        data-shortlist-product={product.id}
                        className="flex flex-wrap items-center justify-between gap-2 py-1"
                      >
                        <a href={productUrl(product.id, lang)}>{name(product)}</a>
                        <span className="flex flex-wrap items-center gap-2">
                          <CertificateLine
                            dates={
                              product.signed && product.validUntil
                                ? {
                                    signed: product.signed,
                                    validUntil: product.validUntil,
                                    revokedOn: product.revokedOn,
                                  }
                                : undefined
                            }
                            state={productStateOn(product, today) as DecisionStatus}
                            stars={product.stars}
                            words={certWords}
                          />
                          {product.validUntil && (
                            <span className="text-xs" data-shortlist-valid-until>
                              {fill(strings, 'shortlist.validUntil', { date: formatDate(product.validUntil, lang) })}
                            </span>
                          )}
                          {!shared && (
                            <button
                              type="button"
                              className="text-brand-800 underline"
                              data-no-print
                              onClick={() => remove({ kind: 'product', id: product.id })}
                            >
                              {fill(strings, 'shortlist.removeShort')}
                              <span className="sr-only"> {name(product)}</span>
                            </button>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {producer.email && (
                  <p className="mt-2" data-no-print>
                    <a
                      className="font-bold"
                      data-action="quote"
                      href={quoteMailto(
                        producer.email,
                        fill(strings, 'supplier.quoteSubject', { name: producer.name }),
                        fill(strings, 'supplier.quoteBody', {
                          name: producer.name,
                          products: products.map((p) => `- ${name(p)}`).join('\n'),
                        }),
                      )}
                    >
                      {fill(strings, 'supplier.requestQuote')}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
          {index && shown.length > 0 && groups.length === 0 && <p>{fill(strings, 'shortlist.empty')}</p>}
        </>
      )}
    </div>
  );
}
