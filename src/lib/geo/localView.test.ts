import { describe, expect, it } from 'vitest';
import { corePoints, localView } from './localView.ts';

// Huế: the Imperial City, the station, Phú Bài airport (about 15 km south-east).
const citadel = { lat: 16.4698, lng: 107.5786 };
const station = { lat: 16.4565, lng: 107.5783 };
const airport = { lat: 16.4015, lng: 107.7026 };

describe('localView', () => {
  it('spreads points of one city over the drawing, inside its margins, north up and east right', () => {
    const dongBa = { lat: 16.4727, lng: 107.5883 };
    const view = localView([citadel, station, dongBa]);
    if (!view) throw new Error('a city-scale view was expected');
    const drawn = [citadel, station, dongBa].map(view.place);
    for (const { x, y, beyond } of drawn) {
      expect(beyond).toBeUndefined();
      expect(x).toBeGreaterThanOrEqual(27.9);
      expect(x).toBeLessThanOrEqual(view.width - 27.9);
      expect(y).toBeGreaterThanOrEqual(27.9);
      expect(y).toBeLessThanOrEqual(view.height - 27.9);
    }
    // The Citadel and the station, 1.5 km apart, are clearly apart (on the country map they share a pixel).
    const [a, b, c] = drawn as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60);
    expect(c.x).toBeGreaterThan(a.x);
    expect(b.y).toBeGreaterThan(a.y);
    expect(view.bounds.south).toBeLessThan(station.lat);
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

  it('fits the view to the old town and pins a far outlet to the edge with its distance', () => {
    const dongBa = { lat: 16.4727, lng: 107.5883 };
    const hotel = { lat: 16.4668, lng: 107.5912 };
    const baoLa = { lat: 16.5752, lng: 107.5041 };
    const all = [citadel, station, dongBa, hotel, baoLa, airport];
    expect(corePoints(all)).toEqual([citadel, station, dongBa, hotel]);
    const view = localView(all);
    if (!view) throw new Error('a city-scale view was expected');
    // The old-town points are drawn apart (about 1 km at most between neighbours)…
    const [a, b] = [view.place(citadel), view.place(dongBa)];
    expect(a.beyond).toBeUndefined();
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
    // …and the airport, 15 km south-east, sits on the frame towards the south-east with its distance.
    const far = view.place(airport);
    expect(far.beyond?.km).toBeGreaterThanOrEqual(13);
    expect(far.beyond?.km).toBeLessThanOrEqual(17);
    expect(far.x).toBeGreaterThan(view.width / 2);
    expect(far.y).toBeGreaterThan(view.height / 2);
    expect(far.x <= view.width && far.y <= view.height).toBe(true);
  });
});
