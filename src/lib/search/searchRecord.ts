import type { ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { starKey } from '../certification/starLevels.ts';
import { foldVietnamese, searchKey, slugify } from '../core/foldVietnamese.ts';
import type { Lang } from '../core/locale.ts';

/** The facets of the search page, in the order they are shown; each is a Pagefind filter of the same name. */
export const SEARCH_FACETS = [
  'stars',
  'group',
  'subgroup',
  'province',
  'formerProvince',
  'state',
  'producerType',
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * Sorts of the search page. They are not Pagefind sorts (each would add a permutation of every page to the metadata
 * file a first search downloads): the search page sorts with the facet file written after Pagefind
 * (scripts/search-facets.ts), loaded only when a sort, a filter or the filter panel asks for it.
 */
export const SEARCH_SORTS = ['stars', 'name', 'certified'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Width of the thumbnail a search result loads: it is shown 96 CSS px wide, so 2× for dense screens. */
export const SEARCH_THUMB_WIDTH = 192;

export interface SearchRecord {
  /** Filter values are stable ids (province ids, group ids, "4", "valid"); the search page labels them. */
  filters: Record<SearchFacet, string[]>;
  /** Shown on each result beside the title and thumbnail (see resultCertificate for `cert`). */
  meta: { title: string; stars: string; province: string; producer: string; cert?: string };
  /**
   * What the index holds as text, weighted: the names (most), then producer, places and keywords, then the summary.
   * Whole sentences ending in ". ", so an excerpt never runs two fields together. The long description is left out:
   * it made every word chunk and result fragment several times larger.
   */
  text: { names: string; places: string; summary: string };
  /** The words of the key fields (names, producer, places, keywords) that have đ, through searchKey (đ → d). */
  keys: string;
}

/**
 * The certificate of a result as the search index keeps it: "signed|validUntil|revokedOn". No state: the search page
 * computes it on the visitor's day with stateOn(), as every page's re-check does.
 */
export function resultCertificate(cert: {
  signed: string;
  validUntil: string;
  revokedOn?: string | undefined;
}): string {
  return [cert.signed, cert.validUntil, cert.revokedOn ?? ''].join('|');
}

/** Reads resultCertificate's string back; undefined when it is missing or malformed. */
export function readResultCertificate(
  value: string | undefined,
): { signed: string; validUntil: string; revokedOn: string | null } | undefined {
  const [signed, validUntil, revokedOn] = (value ?? '').split('|');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!signed || !validUntil || !day.test(signed) || !day.test(validUntil)) return undefined;
  return { signed, validUntil, revokedOn: revokedOn && day.test(revokedOn) ? revokedOn : null };
}

/** Text as one sentence: trimmed, ending in a full stop unless it already ends in punctuation. */
function sentence(parts: readonly (string | undefined)[]): string {
  const text = parts
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map((p) => p.trim())
    .join(', ');
  return text === '' || /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The product has producer details the search needs beyond ProductLike. */
type Searchable = ProductLike & {
  keywords?: readonly string[] | undefined;
  summary?: { vi: string; en?: string | undefined } | undefined;
};
type SearchableView = ProductView<Searchable> & {
  producer: { data: { name: string; nameEn?: string | undefined; type: string } };
};

/**
 * The name of a pre-2025 province as its record spells it, when the decision was written under that name
 * ("tỉnh Thừa Thiên Huế" → "Thừa Thiên Huế"); undefined when the decision uses today's name.
 */
export function formerProvinceName(product: Pick<SearchableView, 'origin' | 'province'>): string | undefined {
  if (!product.origin.match?.former) return undefined;
  const written = ` ${foldVietnamese(product.origin.asWritten)} `;
  const known = product.province.data.formerly.find((f) => written.includes(` ${foldVietnamese(f.name)} `));
  return known?.name ?? product.origin.asWritten;
}

/** The filter id of a former province name: "Thừa Thiên Huế" → "thua-thien-hue". */
export function formerProvinceId(name: string): string {
  return slugify(name);
}

/**
 * What the search index holds about one product page: facets, result meta, the weighted text and a folded copy of the
 * key fields. Pure, so the product page and the tests agree on it.
 */
export function searchRecord(product: SearchableView, lang: Lang): SearchRecord {
  const { data, cert, province, producer } = product;
  const former = formerProvinceName(product);
  const provinceName = lang === 'en' && province.data.name.en ? province.data.name.en : province.data.name.vi;
  const name = lang === 'en' && data.nameEn ? data.nameEn : data.name;
  const producerName = lang === 'en' && producer.data.nameEn ? producer.data.nameEn : producer.data.name;
  const summary = lang === 'en' && data.summary?.en ? data.summary.en : data.summary?.vi;
  const keyFields = [
    data.name,
    data.nameEn,
    producer.data.name,
    producer.data.nameEn,
    province.data.name.vi,
    province.data.name.en,
    data.origin.province,
    data.origin.asWritten,
    ...(data.keywords ?? []),
  ];
  return {
    filters: {
      stars: [starKey(cert.result)],
      group: [data.group],
      subgroup: [data.subgroup],
      province: [province.id],
      formerProvince: former === undefined ? [] : [formerProvinceId(former)],
      state: [cert.state],
      producerType: [producer.data.type],
    },
    meta: {
      title: name,
      stars: starKey(cert.result),
      province: provinceName,
      producer: producerName,
      ...(cert.current && cert.validUntil
        ? {
            cert: resultCertificate({
              signed: cert.current.signed,
              validUntil: cert.validUntil,
              revokedOn: cert.revokedOn,
            }),
          }
        : {}),
    },
    text: {
      names: [...new Set([name, data.name, data.nameEn])]
        .map((n) => sentence([n]))
        .filter((n) => n !== '')
        .join(' '),
      places: [
        sentence([producerName]),
        sentence([...new Set([data.origin.asWritten, data.origin.province, provinceName])]),
        sentence(data.keywords ?? []),
      ]
        .filter((s) => s !== '')
        .join(' '),
      summary: sentence([summary]),
    },
    // Only the words with đ, written with d: every other word is in the text already, and a copy of the whole key
    // fields made every fragment and word chunk bigger for nothing.
    keys: [
      ...new Set(
        keyFields
          .filter((f): f is string => f !== undefined)
          .flatMap((f) => f.split(/[\s,.;:()/·]+/))
          .filter((word) => /[đĐ]/.test(word))
          .map(searchKey),
      ),
    ].join(' '),
  };
}
