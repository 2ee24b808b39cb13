import type { Event } from '../../schemas/event.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Catalog, Entry, ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { landmarksOf, type Landmark } from './guideLandmarks.ts';
import { nearestTo, type Nearby } from './nearestOutlets.ts';
import { splitEvents } from '../events/splitEvents.ts';
import { travelAdvice, type Packaged, type TravelAdvice } from './travelsWell.ts';
import { groupByVisitorCategory, type Categorisable, type VisitorCategory } from './visitorCategory.ts';

/** The product fields the guide reads beyond the catalogue's own. */
export type GuideProduct = ProductLike & Categorisable & Packaged;

export interface GuideSpecialty<P extends GuideProduct> {
  product: ProductView<P>;
  /** Outlets in the guide's province that sell it, in the product record's order. */
  outlets: Entry<Outlet>[];
}

export interface GuideOutlet<P extends GuideProduct> {
  outlet: Entry<Outlet>;
  /** Certified products of the guide that this outlet sells. */
  products: ProductView<P>[];
}

export interface ProvinceGuide<P extends GuideProduct> {
  province: string;
  /** Certified specialties on their visitor shelves. */
  shelves: { category: VisitorCategory; specialties: GuideSpecialty<P>[] }[];
  /** Specialties that keep and carry well, with packing advice. */
  gifts: { specialty: GuideSpecialty<P>; advice: TravelAdvice }[];
  /** Every outlet of the province, in the catalogue's order. */
  outlets: GuideOutlet<P>[];
  /** For each landmark of the province, the nearest outlets with coordinates. */
  nearLandmarks: { landmark: Landmark; outlets: Nearby<Entry<Outlet>>[] }[];
  /** Fairs on or coming in the province, soonest first. */
  fairs: Entry<Event>[];
}

/** How many outlets the guide lists near each landmark, and how far it looks (a taxi ride, not a day trip). */
export const NEAR_LANDMARK_LIMIT = 3;
export const NEAR_LANDMARK_MAX_KM = 15;

/** Whether a province has anything to guide a visitor to: at least one product certified today. */
export function hasGuide<P extends GuideProduct>(catalog: Catalog<P>, province: string): boolean {
  return catalog.productsOfProvince(province).some((p) => p.cert.certified);
}

/**
 * A province's visitor guide, built from the records alone: its products certified today (never a lapsed or
 * revoked one: the guide sends visitors to buy the genuine item), sorted highest stars first within each shelf;
 * its outlets; the outlets nearest its landmarks; and its current and coming fairs.
 */
export function provinceGuide<P extends GuideProduct>(catalog: Catalog<P>, province: string): ProvinceGuide<P> {
  const outlets = catalog.outlets
    .filter((outlet) => outlet.data.province === province)
    .sort((a, b) => a.data.name.vi.localeCompare(b.data.name.vi, 'vi'));
  const here = new Map(outlets.map((outlet) => [outlet.id, outlet]));
  const rank = (p: ProductView<P>) => (p.cert.result === 'potential-5' ? 4.5 : (p.cert.result ?? 0));
  const certified = catalog
    .productsOfProvince(province)
    .filter((p) => p.cert.certified)
    .sort((a, b) => rank(b) - rank(a));
  const specialties: GuideSpecialty<P>[] = certified.map((product) => ({
    product,
    outlets: product.data.outlets.map((id) => here.get(id)).filter((o) => o !== undefined),
  }));
  const shelves = groupByVisitorCategory(specialties, (s) => s.product.data).map(({ category, items }) => ({
    category,
    specialties: items,
  }));
  const gifts = specialties.flatMap((specialty) => {
    const advice = travelAdvice(specialty.product.data);
    return advice ? [{ specialty, advice }] : [];
  });
  return {
    province,
    shelves,
    gifts,
    outlets: outlets.map((outlet) => ({
      outlet,
      products: certified.filter((p) => p.data.outlets.includes(outlet.id)),
    })),
    nearLandmarks: landmarksOf(province).map((landmark) => ({
      landmark,
      outlets: nearestTo(landmark.coordinates, outlets, (o) => o.data.coordinates, {
        limit: NEAR_LANDMARK_LIMIT,
        maxKm: NEAR_LANDMARK_MAX_KM,
      }),
    })),
    fairs: splitEvents(
      catalog.events.filter((event) => event.data.province === province),
      catalog.today,
    ).current,
  };
}
