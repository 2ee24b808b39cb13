import { geoMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

/** A position in decimal degrees (WGS 84). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Width and height of the map drawing, in SVG user units. */
export const MAP_WIDTH = 240;
export const MAP_HEIGHT = 320;

/**
 * The area drawn: mainland Vietnam and its seas east to the Hoàng Sa and Trường Sa archipelagos, which a map of
 * Vietnam published in Vietnam must show.
 */
const EXTENT: [[number, number], [number, number]] = [
  [102.1, 8.2],
  [115.2, 23.5],
];

/** The two archipelagos, marked and labelled on every map (Natural Earth does not draw them as Vietnam). */
export const ARCHIPELAGOS = [
  { id: 'hoang-sa', lat: 16.5, lng: 112.0 },
  { id: 'truong-sa', lat: 10.0, lng: 114.0 },
] as const;

const VIETNAM = '704';
const NEIGHBOURS = new Set(['156', '418', '116', '764']); // China, Laos, Cambodia, Thailand: context only

type Ring = [number, number][];

/** Douglas–Peucker on projected points: drops points closer than `tolerance` user units to the simplified line. */
export function simplifyRing(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = points[first] as [number, number];
    const [bx, by] = points[last] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] as [number, number];
      const distance =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function ringArea(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj + xi) * (yj - yi);
  }
  return Math.abs(sum / 2);
}

function ringsOf(geometry: GeoJSON.Geometry): number[][][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

const round = (value: number) => Math.round(value * 10) / 10;

function pathData(rings: readonly Ring[]): string {
  return rings.map((ring) => `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`).join('');
}

const MARGIN = 2;

/** Clamping a filled ring to the drawing's box clips it visually; the edge-hugging points then simplify away. */
function clamp([x, y]: [number, number]): [number, number] {
  return [Math.min(Math.max(x, -MARGIN), MAP_WIDTH + MARGIN), Math.min(Math.max(y, -MARGIN), MAP_HEIGHT + MARGIN)];
}

function countryRings(
  topology: Topology,
  projection: GeoProjection,
  ids: (id: string) => boolean,
  tolerance: number,
): Ring[] {
  const collection = topology.objects['countries'] as GeometryCollection;
  const countries = feature(topology, collection) as GeoJSON.FeatureCollection;
  return countries.features
    .filter((country) => ids(String(country.id)))
    .flatMap((country) => ringsOf(country.geometry))
    .map((ring) => ring.map((point) => clamp(projection(point as [number, number]) as [number, number])))
    .map((ring) => simplifyRing(ring, tolerance))
    .filter((ring) => ring.length >= 3 && ringArea(ring) >= 0.5);
}

export interface VietnamMap {
  width: number;
  height: number;
  /** SVG path data of Vietnam's outline (mainland and larger islands). */
  vietnam: string;
  /** SVG path data of the neighbouring countries, drawn faintly for context (may run past the edges). */
  neighbours: string;
  /** Position of a point in the drawing's user units. */
  project: (point: LatLng) => { x: number; y: number };
}

let cached: VietnamMap | undefined;

/**
 * The map of Vietnam every position on the site is drawn on: a Mercator projection fitted to Vietnam and its seas,
 * outlines from Natural Earth (world-atlas, packaged) simplified to about a pixel. No tile server, no network.
 */
export function vietnamMap(): VietnamMap {
  if (cached) return cached;
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'MultiPoint',
    coordinates: EXTENT,
  });
  const vietnam = countryRings(countries50m as unknown as Topology, projection, (id) => id === VIETNAM, 0.6);
  const neighbours = countryRings(countries50m as unknown as Topology, projection, (id) => NEIGHBOURS.has(id), 0.8);
  cached = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    vietnam: pathData(vietnam),
    neighbours: pathData(neighbours),
    project: ({ lat, lng }) => {
      const [x, y] = projection([lng, lat]) as [number, number];
      return { x: round(x), y: round(y) };
    },
  };
  return cached;
}

/** The shared background drawing (neighbours, sea and Vietnam), served once and referenced by every map. */
export function vietnamMapSvg(): string {
  const map = vietnamMap();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">`,
    `<rect width="${map.width}" height="${map.height}" fill="#e0f2fe"/>`,
    `<path d="${map.neighbours}" fill="#f5f5f4" stroke="#d6d3d1" stroke-width="0.5"/>`,
    `<path d="${map.vietnam}" fill="#dcfce7" stroke="#15803d" stroke-width="0.8" stroke-linejoin="round"/>`,
    '</svg>',
  ].join('');
}
