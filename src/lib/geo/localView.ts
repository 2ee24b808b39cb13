import type { LatLng } from './vietnamMap.ts';

/** Points further apart than this (degrees of latitude or longitude, about 65 km) are shown on the country map only. */
export const LOCAL_VIEW_MAX_SPAN = 0.6;
/** The smallest area a local view shows (about 3 km), so two points on one street are not drawn a page apart. */
const MIN_SPAN = 0.03;
const EARTH_KM_PER_DEGREE = 111.32;

export interface LocalView {
  width: number;
  height: number;
  /** The area drawn, in degrees: south-west and north-east corners. */
  bounds: { south: number; west: number; north: number; east: number };
  project: (point: LatLng) => { x: number; y: number };
  /** A scale bar of a round length: its length in kilometres and in user units. */
  scale: { km: number; width: number };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A city-scale view of points that lie close together (all six Huế outlets would sit on one marker of the country
 * map): an equirectangular projection (east–west shrunk by the cosine of the latitude, true to within a fraction
 * of a percent over a city) fitted to the points with a margin. Undefined for fewer than two points or for points
 * spread wider than LOCAL_VIEW_MAX_SPAN.
 */
export function localView(points: readonly LatLng[], width = 320, height = 240, margin = 24): LocalView | undefined {
  if (points.length < 2) return undefined;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  let west = Math.min(...lngs);
  let east = Math.max(...lngs);
  if (north - south > LOCAL_VIEW_MAX_SPAN || east - west > LOCAL_VIEW_MAX_SPAN) return undefined;
  const middleLat = (south + north) / 2;
  const shrink = Math.cos((middleLat * Math.PI) / 180);
  // Degrees to user units, the same both ways once longitude is shrunk: fit the larger of the two spans.
  const latSpan = Math.max(north - south, MIN_SPAN);
  const lngSpan = Math.max((east - west) * shrink, MIN_SPAN);
  const unit = Math.min((width - 2 * margin) / lngSpan, (height - 2 * margin) / latSpan);
  const centre = { lat: middleLat, lng: (west + east) / 2 };
  const project = ({ lat, lng }: LatLng) => ({
    x: round(width / 2 + (lng - centre.lng) * shrink * unit),
    y: round(height / 2 - (lat - centre.lat) * unit),
  });
  south = centre.lat - height / 2 / unit;
  north = centre.lat + height / 2 / unit;
  west = centre.lng - width / 2 / (unit * shrink);
  east = centre.lng + width / 2 / (unit * shrink);
  const unitsPerKm = unit / EARTH_KM_PER_DEGREE;
  // The longest of 1, 2, 5 × 10^n km that fits in a quarter of the width.
  const target = width / 4 / unitsPerKm;
  const power = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((step) => step * power).find((length) => length <= target) ?? power;
  return { width, height, bounds: { south, west, north, east }, project, scale: { km, width: round(km * unitsPerKm) } };
}
