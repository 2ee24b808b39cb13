import type { LatLng } from '../geo/vietnamMap.ts';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two points (haversine formula, mean Earth radius). */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Nearby<T> {
  item: T;
  /** Straight-line distance in kilometres. */
  km: number;
}

/**
 * The places nearest to a point, nearest first: at most `limit`, none farther than `maxKm`. Places without
 * coordinates are left out (their distance is unknown, not zero); ties keep the input order.
 */
export function nearestTo<T>(
  point: LatLng,
  items: readonly T[],
  position: (item: T) => LatLng | undefined,
  { limit = 3, maxKm = Number.POSITIVE_INFINITY }: { limit?: number; maxKm?: number } = {},
): Nearby<T>[] {
  const measured: Nearby<T>[] = [];
  for (const item of items) {
    const at = position(item);
    if (!at) continue;
    const km = haversineKm(point, at);
    if (km <= maxKm) measured.push({ item, km });
  }
  return measured.sort((a, b) => a.km - b.km).slice(0, limit);
}
