import type { LatLng } from './vietnamMap.ts';

/** Points further apart than this (degrees of latitude or longitude, about 65 km) are shown on the country map only. */
export const LOCAL_VIEW_MAX_SPAN = 0.6;
/** The smallest area a local view shows (about 3 km), so two points on one street are not drawn a page apart. */
const MIN_SPAN = 0.03;
const EARTH_KM_PER_DEGREE = 111.32;

/** Where a point is drawn on a local view: inside, or pinned to the edge in its direction when it lies beyond. */
export interface Placed {
  x: number;
  y: number;
  /** Beyond the area drawn: its straight-line distance from the centre of the view, in km (rounded). */
  beyond?: { km: number; angle: number } | undefined;
}

export interface LocalView {
  width: number;
  height: number;
  /** The area drawn, in degrees: south-west and north-east corners. */
  bounds: { south: number; west: number; north: number; east: number };
  project: (point: LatLng) => { x: number; y: number };
  /** Where to draw a point: projected, or pinned inside the edge towards it when it lies outside the area. */
  place: (point: LatLng) => Placed;
  /** A scale bar of a round length: its length in kilometres and in user units. */
  scale: { km: number; width: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Straight-line distance in km (equirectangular; exact enough within a province). */
function distanceKm(a: LatLng, b: LatLng): number {
  const shrink = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(a.lat - b.lat, (a.lng - b.lng) * shrink) * EARTH_KM_PER_DEGREE;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * The points a city view is fitted to: those within a few times the typical distance from the middle of the group
 * (at least 2 km), so that four outlets in the old town are drawn apart even when one more is at the airport 15 km
 * away. The others are pinned to the edge of the view with their distance (see place()).
 */
export function corePoints<P extends LatLng>(points: readonly P[]): P[] {
  const middle = { lat: median(points.map((p) => p.lat)), lng: median(points.map((p) => p.lng)) };
  const distances = points.map((p) => distanceKm(p, middle));
  const reach = Math.max(2, 2.5 * median(distances));
  const core = points.filter((_, i) => (distances[i] ?? 0) <= reach);
  return core.length >= 2 ? core : [...points];
}

/**
 * A city-scale view of points that lie close together (all six Huế outlets would sit on one marker of the country
 * map): an equirectangular projection (east–west shrunk by the cosine of the latitude, true to within a fraction
 * of a percent over a city) fitted to the core of the points (corePoints) with a margin; the other points are
 * pinned to its edge. Undefined for fewer than two points or for points spread wider than LOCAL_VIEW_MAX_SPAN.
 */
export function localView(points: readonly LatLng[], width = 320, height = 240, margin = 28): LocalView | undefined {
  if (points.length < 2) return undefined;
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  if (spread(points.map((p) => p.lat)) > LOCAL_VIEW_MAX_SPAN || spread(points.map((p) => p.lng)) > LOCAL_VIEW_MAX_SPAN)
    return undefined;
  const core = corePoints(points);
  const lats = core.map((p) => p.lat);
  const lngs = core.map((p) => p.lng);
  const middleLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const shrink = Math.cos((middleLat * Math.PI) / 180);
  // Degrees to user units, the same both ways once longitude is shrunk: fit the larger of the two spans.
  const latSpan = Math.max(spread(lats), MIN_SPAN);
  const lngSpan = Math.max(spread(lngs) * shrink, MIN_SPAN);
  const unit = Math.min((width - 2 * margin) / lngSpan, (height - 2 * margin) / latSpan);
  const centre = { lat: middleLat, lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 };
  const project = ({ lat, lng }: LatLng) => ({
    x: round(width / 2 + (lng - centre.lng) * shrink * unit),
    y: round(height / 2 - (lat - centre.lat) * unit),
  });
  const inset = 22;
  const place = (point: LatLng): Placed => {
    const { x, y } = project(point);
    if (x >= inset && x <= width - inset && y >= inset && y <= height - inset) return { x, y };
    // Along the line from the centre, stopped just inside the frame.
    const dx = x - width / 2;
    const dy = y - height / 2;
    const t = Math.min(
      dx === 0 ? Infinity : (width / 2 - inset) / Math.abs(dx),
      dy === 0 ? Infinity : (height / 2 - inset) / Math.abs(dy),
    );
    return {
      x: round(width / 2 + dx * t),
      y: round(height / 2 + dy * t),
      beyond: { km: Math.round(distanceKm(point, centre)), angle: round((Math.atan2(dy, dx) * 180) / Math.PI) },
    };
  };
  const unitsPerKm = unit / EARTH_KM_PER_DEGREE;
  // The longest of 1, 2, 5 × 10^n km that fits in a quarter of the width.
  const target = width / 4 / unitsPerKm;
  const power = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((step) => step * power).find((length) => length <= target) ?? power;
  return {
    width,
    height,
    bounds: {
      south: centre.lat - height / 2 / unit,
      north: centre.lat + height / 2 / unit,
      west: centre.lng - width / 2 / (unit * shrink),
      east: centre.lng + width / 2 / (unit * shrink),
    },
    project,
    place,
    scale: { km, width: round(km * unitsPerKm) },
  };
}
