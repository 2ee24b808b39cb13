import { describe, expect, it } from 'vitest';
import { GUIDE_LANDMARKS } from './guideLandmarks.ts';
import { haversineKm, nearestTo } from './nearestOutlets.ts';

const citadel = { lat: 16.4698, lng: 107.5786 };
const airport = { lat: 16.4015, lng: 107.7026 };
const station = { lat: 16.4565, lng: 107.5783 };

describe('haversineKm', () => {
  it('is zero at the same point and symmetric', () => {
    expect(haversineKm(citadel, citadel)).toBe(0);
    expect(haversineKm(citadel, airport)).toBeCloseTo(haversineKm(airport, citadel), 9);
  });
  it('measures known distances: one degree of latitude is about 111 km; the Citadel is about 15 km from Phú Bài', () => {
    expect(haversineKm({ lat: 16, lng: 107 }, { lat: 17, lng: 107 })).toBeCloseTo(111.2, 1);
    expect(haversineKm(citadel, airport)).toBeGreaterThan(14);
    expect(haversineKm(citadel, airport)).toBeLessThan(16);
    expect(haversineKm(citadel, station)).toBeCloseTo(1.48, 1);
  });
});

describe('nearestTo', () => {
  const places = [
    { id: 'airport-shop', at: { lat: 16.4018, lng: 107.7021 } },
    { id: 'no-position', at: undefined },
    { id: 'station-shop', at: { lat: 16.4563, lng: 107.5781 } },
    { id: 'citadel-shop', at: { lat: 16.4714, lng: 107.5816 } },
  ];
  it('orders by distance, leaves out places without coordinates and keeps to the limit', () => {
    const near = nearestTo(station, places, (p) => p.at, { limit: 2 });
    expect(near.map((n) => n.item.id)).toEqual(['station-shop', 'citadel-shop']);
    expect(near[0]?.km).toBeLessThan(0.1);
  });
  it('drops places beyond maxKm', () => {
    expect(nearestTo(citadel, places, (p) => p.at, { maxKm: 5 }).map((n) => n.item.id)).toEqual([
      'citadel-shop',
      'station-shop',
    ]);
  });
});

describe('GUIDE_LANDMARKS', () => {
  it('has the Citadel, the airport and the railway station for Huế, inside Huế', () => {
    const hue = GUIDE_LANDMARKS['hue'] ?? [];
    expect(hue.map((l) => l.kind).sort()).toEqual(['airport', 'historic-site', 'railway-station']);
    for (const landmark of hue) expect(haversineKm(landmark.coordinates, citadel)).toBeLessThan(20);
  });
});
