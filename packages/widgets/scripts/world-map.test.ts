import { geoEqualEarth } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { projectLonLat } from '../src/members/map-layout.js';
import {
  COUNTRY_CENTROIDS,
  WORLD_HEIGHT,
  WORLD_SCALE,
  WORLD_TRANSLATE,
  WORLD_WIDTH,
} from '../src/members/world.generated.js';

describe('the member map’s outline and projection', () => {
  it('places a location where d3-geo’s Equal Earth, fitted as the outline was, puts it', () => {
    const reference = geoEqualEarth()
      .scale(WORLD_SCALE)
      .translate([...WORLD_TRANSLATE]);
    for (let lon = -180; lon <= 180; lon += 15) {
      for (let lat = -85; lat <= 85; lat += 17) {
        const [x, y] = reference([lon, lat])!;
        const [ourX, ourY] = projectLonLat(lon, lat);
        expect(ourX).toBeCloseTo(x, 6);
        expect(ourY).toBeCloseTo(y, 6);
      }
    }
  });

  it('puts each country’s centroid on the map, France’s in Europe rather than the Atlantic', () => {
    for (const [x, y] of Object.values(COUNTRY_CENTROIDS)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(WORLD_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(WORLD_HEIGHT);
    }
    const [parisX, parisY] = projectLonLat(2.35, 48.86);
    const [franceX, franceY] = COUNTRY_CENTROIDS.FR!;
    expect(Math.hypot(franceX - parisX, franceY - parisY)).toBeLessThan(15);
  });
});
