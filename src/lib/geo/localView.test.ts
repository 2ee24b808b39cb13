import { describe, expect, it } from 'vitest';
import { localView } from './localView.ts';

// Huế: the Imperial City, the station, Phú Bài airport (about 15 km south-east).
const citadel = { lat: 16.4698, lng: 107.5786 };
const station = { lat: 16.4565, lng: 107.5783 };
const airport = { lat: 16.4015, lng: 107.7026 };

describe('localView', () => {
  it('spreads points of one city over the drawing, inside its margins', () => {
    const view = localView([citadel, station, airport]);
    if (!view) throw new Error('a city-scale view was expected');
    const drawn = [citadel, station, airport].map(view.project);
    for (const { x, y } of drawn) {
      expect(x).toBeGreaterThanOrEqual(23.9);
      expect(x).toBeLessThanOrEqual(view.width - 23.9);
      expect(y).toBeGreaterThanOrEqual(23.9);
      expect(y).toBeLessThanOrEqual(view.height - 23.9);
    }
    // The Citadel and the station, 1.5 km apart, are clearly apart (on the country map they share a pixel).
    const [a, b] = drawn as [{ x: number; y: number }, { x: number; y: number }];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(15);
    // North is up and east is right.
    expect(drawn[2]?.x).toBeGreaterThan(a.x);
    expect(drawn[2]?.y).toBeGreaterThan(a.y);
    expect(view.bounds.south).toBeLessThan(airport.lat);
    expect(view.bounds.north).toBeGreaterThan(citadel.lat);
  });

  it('draws a round scale bar whose length matches the distance it stands for', () => {
    const view = localView([citadel, airport]);
    if (!view) throw new Error('a city-scale view was expected');
    expect([1, 2, 5, 10]).toContain(view.scale.km);
    // 0.1° of latitude is 11.1 km: compare the bar with two projected points 0.1° apart.
    const a = view.project({ lat: 16.4, lng: 107.6 });
    const b = view.project({ lat: 16.5, lng: 107.6 });
    expect(view.scale.width / view.scale.km).toBeCloseTo(Math.abs(a.y - b.y) / 11.132, 0);
  });

  it('is not used for a single point or points across the country', () => {
    expect(localView([citadel])).toBeUndefined();
    expect(localView([citadel, { lat: 21.03, lng: 105.85 }])).toBeUndefined();
  });
});
