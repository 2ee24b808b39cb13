import type { ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { starKey, starRank } from '../certification/starLevels.ts';
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

/** Pagefind sorts of the search page; values sort as strings, so they are written to sort in the intended order. */
export const SEARCH_SORTS = ['stars', 'name', 'certified'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchRecord {
  /** Filter values are stable ids (province ids, group ids, "4", "valid"); the search page labels them. */
  filters: Record<SearchFacet, string[]>;
  sort: Record<SearchSort, string>;
  /** Shown on each result beside the title and thumbnail. */
  meta: { stars: string; province: string };
  /** A searchable copy of the key fields through searchKey (names, producer, provinces, keywords). */
  keys: string;
}

/** The product has producer details the search needs beyond ProductLike. */
type Searchable = ProductLike & { keywords?: readonly string[] | undefined };
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
 * What the search index holds about one product page: facets, sort keys, result meta and a folded copy of the key
 * fields. Pure, so the product page and the tests agree on it.
 * @param position the product's place in the catalogue's Vietnamese name order (the "name" sort).
 */
export function searchRecord(product: SearchableView, lang: Lang, position: number): SearchRecord {
  const { data, cert, province, producer } = product;
  const former = formerProvinceName(product);
  const provinceName = lang === 'en' && province.data.name.en ? province.data.name.en : province.data.name.vi;
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
    sort: {
      // starRank is 3, 4, 4.5 (potential 5) or 5; Pagefind compares these numerically.
      stars: String(starRank(cert.result)),
      name: String(position).padStart(6, '0'),
      certified: cert.current?.signed ?? product.lastSigned,
    },
    meta: { stars: starKey(cert.result), province: provinceName },
    keys: searchKey([...new Set(keyFields.filter((f): f is string => f !== undefined && f !== ''))].join(' · ')),
  };
}
