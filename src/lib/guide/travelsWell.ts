import type { GroupId } from '../../schemas/groups.ts';

/** The shortest shelf life, in months, that the guide calls a gift that travels well. */
export const TRAVEL_MIN_SHELF_LIFE_MONTHS = 6;

export interface Packaged {
  group: GroupId;
  subgroup: string;
  shelfLifeMonths?: number | undefined;
  packs?: readonly { size: string }[] | undefined;
}

export interface TravelAdvice {
  /** Shelf life in months, as recorded. */
  shelfLifeMonths: number;
  /** Sold in a bottle or other liquid measure (ml, l, lít): too large for cabin baggage, pack it in the hold. */
  liquid: boolean;
}

/** A pack size in a liquid measure: "chai 500 ml", "1 lít", "can 2 l", "750ml". */
const LIQUID_PACK = /(?:^|[\s\d])(?:ml|l|lít|lit)(?:$|[\s.,)])/i;

/**
 * Whether a product makes a gift that travels well, from its records alone: a recorded shelf life of at least
 * `minMonths` months (TRAVEL_MIN_SHELF_LIFE_MONTHS by default) and not fresh produce, a plant or a tour (those keep
 * days, not months, or cannot be carried at all). A product without a recorded shelf life is never claimed to
 * travel well. Packaging adds advice: a pack measured in millilitres or litres is a liquid, which goes in checked
 * baggage. Returns undefined when the product does not qualify.
 */
export function travelAdvice(product: Packaged, minMonths = TRAVEL_MIN_SHELF_LIFE_MONTHS): TravelAdvice | undefined {
  if (product.shelfLifeMonths === undefined || product.shelfLifeMonths < minMonths) return undefined;
  if (product.subgroup === 'fresh-produce' || product.group === 'ornamental' || product.group === 'tourism')
    return undefined;
  const liquid = (product.packs ?? []).some((pack) => LIQUID_PACK.test(pack.size.normalize('NFC')));
  return { shelfLifeMonths: product.shelfLifeMonths, liquid };
}
