import { useEffect, useMemo, useState } from 'react';
import {
  filterSuppliers,
  filtersToSearch,
  parseFilters,
  type SupplierFilters,
} from '../lib/suppliers/filterSuppliers.ts';
import { addItem, itemKey, productStateOn } from '../lib/suppliers/shortlist.ts';
import type { ProductIndexEntry, SuppliersIndex } from '../lib/suppliers/suppliersIndex.ts';
import { producerUrl, productUrl, SUPPLIERS_INDEX_URL } from '../lib/site/urls.ts';
import { type Lang, formatNumber, localName } from '../lib/core/locale.ts';
import { vietnamDate } from '../lib/core/clock.ts';
import type { DecisionStatus } from '../lib/certification/certificateState.ts';
import { CertificateLine, type CertificateLineWords } from './CertificateLine.tsx';
import { fill, type Strings } from './islandStrings.ts';
import { loadShortlist, saveShortlist } from './shortlistStore.ts';

interface Option {
  value: string;
  label: string;
}

interface Props {
  lang: Lang;
  strings: Strings;
  options: {
    province: Option[];
    group: Option[];
    stars: Option[];
    type: Option[];
    capacity: Option[];
    lead: Option[];
    subgroup: Option[];
  };
  /** Labels of producer types, by id, for the result cards. */
  typeLabels: Record<string, string>;
  /** The certificate element's words (certificateLineWords). */
  certWords: CertificateLineWords;
}

/** Products shown on a card: what the supplier sells, certified first (the profile lists them all). */
const SHOWN_PRODUCTS = 4;

const PAGE = 30;
const SELECTS = ['province', 'group', 'subgroup', 'stars', 'type', 'capacity', 'lead'] as const;

/**
 * Filters the whole supplier directory at once over /data/suppliers-index.json. The filters live in the URL query,
 * so a filtered view can be bookmarked or sent; without JavaScript the page's static links by province and group
 * remain.
 */
export default function SupplierDirectory({ lang, strings, options, typeLabels, certWords }: Props) {
  // The visitor's day: the states on the cards are computed for it (stateOn), not for the build day.
  const [today] = useState(() => vietnamDate(new Date()));
  const [index, setIndex] = useState<SuppliersIndex | undefined>();
  const [failed, setFailed] = useState(false);
  const [filters, setFilters] = useState<SupplierFilters>({});
  const [limit, setLimit] = useState(PAGE);
  const [shortlisted, setShortlisted] = useState<Set<string>>(new Set());

  useEffect(() => {
    setFilters(parseFilters(new URLSearchParams(window.location.search)));
    setShortlisted(new Set(loadShortlist().map(itemKey)));
    fetch(SUPPLIERS_INDEX_URL)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: SuppliersIndex) => setIndex(data))
      .catch(() => setFailed(true));
  }, []);

  const update = (next: SupplierFilters) => {
    setFilters(next);
    setLimit(PAGE);
    window.history.replaceState(null, '', `${window.location.pathname}${filtersToSearch(next)}`);
  };
  const setFilter = (key: (typeof SELECTS)[number], value: string) => {
    const next: SupplierFilters = { ...filters };
    if (key === 'lead') {
      if (value) next.lead = Number(value);
      else delete next.lead;
    } else if (value) next[key] = value;
    else delete next[key];
    update(next);
  };

  const results = useMemo(() => (index ? filterSuppliers(index.producers, filters) : []), [index, filters]);
  const productsOf = useMemo(() => {
    const byProducer = new Map<string, ProductIndexEntry[]>();
    for (const product of index?.products ?? []) {
      const list = byProducer.get(product.producer) ?? [];
      list.push(product);
      byProducer.set(product.producer, list);
    }
    for (const list of byProducer.values()) {
      const rank = (p: ProductIndexEntry) => (['valid', 'expiring'].includes(productStateOn(p, today)) ? 0 : 1);
      list.sort((a, b) => rank(a) - rank(b));
    }
    return byProducer;
  }, [index, today]);
  const provinceName = useMemo(
    () => new Map(index?.provinces.map((p) => [p.id, lang === 'en' ? p.en : p.vi]) ?? []),
    [index, lang],
  );

  const add = (id: string) => {
    const items = addItem(loadShortlist(), { kind: 'producer', id });
    saveShortlist(items);
    setShortlisted(new Set(items.map(itemKey)));
  };

  return (
    <div className="space-y-4">
      <form
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3"
        aria-label={fill(strings, 'suppliers.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="flex min-w-0 flex-col gap-1 font-bold">
          {fill(strings, 'suppliers.filter.q')}
          <input
            type="search"
            name="q"
            className="w-full min-w-0 rounded border border-stone-400 bg-white px-2 py-2 font-normal"
            value={filters.q ?? ''}
            onChange={(event) => {
              const next = { ...filters };
              const value = event.currentTarget.value;
              if (value.trim()) next.q = value;
              else delete next.q;
              update(next);
            }}
          />
        </label>
        {SELECTS.map((key) => (
          <label key={key} className="flex min-w-0 flex-col gap-1 font-bold">
            {fill(strings, `suppliers.filter.${key}`)}
            <select
              name={key}
              className="w-full min-w-0 rounded border border-stone-400 bg-white px-2 py-2 font-normal"
              value={key === 'lead' ? (filters.lead?.toString() ?? '') : (filters[key] ?? '')}
              onChange={(event) => setFilter(key, event.currentTarget.value)}
            >
              <option value="">{fill(strings, 'suppliers.filter.any')}</option>
              {options[key].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="flex items-center gap-2 sm:col-span-2">
          <input
            type="checkbox"
            name="valid"
            className="h-5 w-5"
            checked={filters.valid === true}
            onChange={(event) => {
              const next = { ...filters };
              if (event.currentTarget.checked) next.valid = true;
              else delete next.valid;
              update(next);
            }}
          />
          {fill(strings, 'suppliers.filter.valid')}
        </label>
        <div className="flex items-end">
          <button
            type="button"
            className="rounded border border-brand-700 px-3 py-2 font-bold text-brand-900"
            onClick={() => update({})}
          >
            {fill(strings, 'suppliers.filter.reset')}
          </button>
        </div>
      </form>

      <p role="status" aria-live="polite" className="font-bold" data-result-count={index ? results.length : undefined}>
        {failed
          ? fill(strings, 'suppliers.loadError')
          : index
            ? fill(strings, 'suppliers.shown', { shown: Math.min(limit, results.length), count: results.length })
            : fill(strings, 'suppliers.loading')}
      </p>
      {index && results.length === 0 && <p>{fill(strings, 'suppliers.empty')}</p>}
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" data-results>
        {results.slice(0, limit).map((supplier) => {
          const inList = shortlisted.has(`producer:${supplier.id}`);
          return (
            <li
              key={supplier.id}
              data-supplier={supplier.id}
              className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm"
            >
              <h3 className="text-base font-bold" lang="vi">
                <a href={producerUrl(supplier.id, lang)}>{supplier.name}</a>
              </h3>
              <p className="text-muted">
                {typeLabels[supplier.type] ?? supplier.type} ·{' '}
                {provinceName.get(supplier.province) ?? supplier.province}
              </p>
              <p>{fill(strings, 'suppliers.certifiedProducts', { count: supplier.certified })}</p>
              {(productsOf.get(supplier.id) ?? []).length > 0 && (
                <ul className="space-y-1" data-supplier-products aria-label={fill(strings, 'suppliers.sells')}>
                  {(productsOf.get(supplier.id) ?? []).slice(0, SHOWN_PRODUCTS).map((product) => (
                    <li key={product.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <a href={productUrl(product.id, lang)}>{localName(product, lang)}</a>
                      <CertificateLine
                        dates={
                          product.signed && product.validUntil
                            ? { signed: product.signed, validUntil: product.validUntil, revokedOn: product.revokedOn }
                            : undefined
                        }
                        state={productStateOn(product, today) as DecisionStatus}
                        stars={product.stars}
                        words={certWords}
                      />
                    </li>
                  ))}
                  {(productsOf.get(supplier.id) ?? []).length > SHOWN_PRODUCTS && (
                    <li className="text-muted">
                      {fill(strings, 'suppliers.moreProducts', {
                        count: (productsOf.get(supplier.id) ?? []).length - SHOWN_PRODUCTS,
                      })}
                    </li>
                  )}
                </ul>
              )}
              {supplier.minimumOrder && (
                <p>
                  {fill(strings, 'supplier.minimumOrder')}:{' '}
                  {fill(strings, 'supplier.quantity', {
                    quantity: formatNumber(supplier.minimumOrder.quantity, lang),
                    unit: supplier.minimumOrder.unit,
                  })}
                </p>
              )}
              {supplier.capacity && (
                <p>
                  {fill(strings, 'supplier.capacity')}:{' '}
                  {fill(strings, 'supplier.capacityValue', {
                    quantity: formatNumber(supplier.capacity.perMonth, lang),
                    unit: supplier.capacity.unit,
                  })}
                </p>
              )}
              {supplier.leadTimeDays !== undefined && (
                <p>
                  {fill(strings, 'supplier.leadTime')}:{' '}
                  {fill(strings, 'supplier.leadTimeValue', { days: supplier.leadTimeDays })}
                </p>
              )}
              <p className="mt-auto pt-2">
                {inList ? (
                  <span className="font-bold">✓ {fill(strings, 'suppliers.inShortlist')}</span>
                ) : (
                  <button
                    type="button"
                    className="rounded border border-brand-700 px-3 py-1 font-bold text-brand-900"
                    onClick={() => add(supplier.id)}
                  >
                    {fill(strings, 'suppliers.addToShortlist', { name: supplier.name })}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {results.length > limit && (
        <button
          type="button"
          className="rounded bg-brand-800 px-4 py-2 font-bold text-white"
          onClick={() => setLimit(limit + PAGE)}
        >
          {fill(strings, 'suppliers.showMore')}
        </button>
      )}
    </div>
  );
}
