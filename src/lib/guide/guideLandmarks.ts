import type { LatLng } from '../geo/vietnamMap.ts';

export type LandmarkKind = 'historic-site' | 'airport' | 'railway-station';

export interface Landmark {
  /** Stable id, used as a page anchor. */
  id: string;
  kind: LandmarkKind;
  /** Name as visitors know it, Vietnamese and English. */
  name: { vi: string; en: string };
  /** Approximate position of the main entrance or terminal (WGS 84). */
  coordinates: LatLng;
}

/**
 * Places a visitor arrives at or starts from, per province id, for "outlets near …" in the guide. Positions are
 * approximate (a few hundred metres), enough to rank outlets by distance. Provinces not listed here get a guide
 * without that section.
 */
export const GUIDE_LANDMARKS: Readonly<Record<string, readonly Landmark[]>> = {
  hue: [
    {
      id: 'citadel',
      kind: 'historic-site',
      name: { vi: 'Đại Nội (Kinh thành Huế)', en: 'Imperial City (Huế Citadel)' },
      coordinates: { lat: 16.4698, lng: 107.5786 },
    },
    {
      id: 'airport',
      kind: 'airport',
      name: { vi: 'Cảng hàng không quốc tế Phú Bài', en: 'Phú Bài International Airport' },
      coordinates: { lat: 16.4015, lng: 107.7026 },
    },
    {
      id: 'station',
      kind: 'railway-station',
      name: { vi: 'Ga Huế', en: 'Huế railway station' },
      coordinates: { lat: 16.4565, lng: 107.5783 },
    },
  ],
  'ha-noi': [
    {
      id: 'hoan-kiem',
      kind: 'historic-site',
      name: { vi: 'Hồ Hoàn Kiếm', en: 'Hoàn Kiếm Lake' },
      coordinates: { lat: 21.0288, lng: 105.8525 },
    },
    {
      id: 'airport',
      kind: 'airport',
      name: { vi: 'Cảng hàng không quốc tế Nội Bài', en: 'Nội Bài International Airport' },
      coordinates: { lat: 21.2187, lng: 105.8042 },
    },
    {
      id: 'station',
      kind: 'railway-station',
      name: { vi: 'Ga Hà Nội', en: 'Hà Nội railway station' },
      coordinates: { lat: 21.0245, lng: 105.8412 },
    },
  ],
};

/** Provinces whose guide calls their foods "royal cuisine": Huế, the imperial capital of the Nguyễn dynasty. */
export const ROYAL_CUISINE_PROVINCES: ReadonlySet<string> = new Set(['hue']);

export function landmarksOf(province: string): readonly Landmark[] {
  return GUIDE_LANDMARKS[province] ?? [];
}
