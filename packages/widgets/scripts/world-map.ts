/**
 * The member map's world outline, made at build time so that no projection library and no map
 * data service reaches a visitor: `src/members/world.generated.ts`, written by `generate.ts`.
 *
 *   Natural Earth 1:110m countries (public domain), as TopoJSON in the `world-atlas` package
 *     → `topojson-client`: the land as one shape, and the borders between countries
 *     → `d3-geo`: the Equal Earth projection, fitted to `MAP_WIDTH` × its height
 *     → one SVG path each, in whole units, relative moves ("l3-2"): a few kilobytes once gzipped
 *     → each country's centroid: that of its largest piece of land, so France's dot falls in
 *       France rather than in the Atlantic between it and French Guiana
 *
 * The projection's scale and offsets are written too: the map module places a member's
 * `location` with its own twelve lines of Equal Earth (`projectLonLat`), which
 * `world-map.test.ts` holds to d3-geo's.
 *
 * Country codes: Natural Earth names each country and gives its ISO 3166-1 numeric code; the
 * alpha-2 code members use is found by the English name Node's `Intl.DisplayNames` gives each
 * code, and for the names Natural Earth abridges ("Dem. Rep. Congo"), by the table below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The map's width in SVG units; its height follows from the projection. */
export const MAP_WIDTH = 1000;

/** Countries whose Natural Earth name is not the one `Intl.DisplayNames` gives: numeric → alpha-2. */
const ABRIDGED: Record<string, string> = {
  '070': 'BA',
  '090': 'SB',
  '104': 'MM',
  '140': 'CF',
  '178': 'CG',
  '180': 'CD',
  '214': 'DO',
  '226': 'GQ',
  '238': 'FK',
  '260': 'TF',
  '275': 'PS',
  '384': 'CI',
  '728': 'SS',
  '732': 'EH',
  '780': 'TT',
  '792': 'TR',
  '807': 'MK',
  '840': 'US',
};

/**
 * Withdrawn codes ICU still names, some by today's name (DD "Germany", FX "France"): never a
 * member's country.
 */
const WITHDRAWN = new Set([
  'BU',
  'CS',
  'DD',
  'DY',
  'FX',
  'HV',
  'NH',
  'RH',
  'SU',
  'TP',
  'UK',
  'VD',
  'YD',
  'YU',
  'ZR',
]);

type CountryProperties = { name: string };
type Countries = GeometryCollection<CountryProperties>;

function readTopology(): Topology<{ countries: Countries; land: GeometryCollection }> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-110m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: Countries;
    land: GeometryCollection;
  }>;
}

/** English country name (lower case) → alpha-2 code, as this Node's ICU names them. */
function codesByName(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes = new Map<string, string>();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = names.of(code);
      if (WITHDRAWN.has(code)) continue;
      if (name && name !== code) codes.set(name.toLowerCase(), code);
    }
  }
  return codes;
}

/**
 * A d3-geo path context that writes whole-unit SVG commands, each point relative to the one
 * before, and drops points that round onto the previous one.
 */
class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private ringStart = true;

  moveTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.parts.push(`M${rx} ${ry}`);
    this.x = rx;
    this.y = ry;
    this.ringStart = true;
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x;
    const dy = ry - this.y;
    // After the first "l", the following pairs are implicit line-tos.
    const sep = this.ringStart ? 'l' : dx < 0 ? '' : ' ';
    this.parts.push(`${sep}${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.ringStart = false;
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.parts.push('z');
  }

  beginPath(): void {}
  arc(): void {}

  toString(): string {
    // Rings that rounded down to a single point draw nothing.
    return this.parts.join('').replace(/M-?\d+ -?\d+z/g, '');
  }
}

/** The largest polygon of a country (by area on the sphere). */
function largestPiece(shape: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  if (shape.geometry.type === 'Polygon') return shape as Feature<Polygon>;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of shape.geometry.coordinates) {
    const piece: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const area = geoArea(piece);
    if (area > bestArea) {
      bestArea = area;
      best = piece;
    }
  }
  return best!;
}

/** What the generated module holds. */
export interface WorldMap {
  width: number;
  height: number;
  /** The projection: x = `translate[0]` + `scale` · X, y = `translate[1]` − `scale` · Y. */
  scale: number;
  translate: [number, number];
  land: string;
  borders: string;
  /** Alpha-2 code → [x, y], one decimal. */
  centroids: Record<string, [number, number]>;
}

/** Projects Natural Earth 1:110m into the map's outline, borders and centroids. */
export function buildWorldMap(): WorldMap {
  const topology = readTopology();
  const land = feature(topology, topology.objects.land);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, land);
  const bounds = geoPath(projection).bounds(land);
  const height = Math.ceil(bounds[1][1]);
  const draw = (shape: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new CompactPath();
    geoPath(projection, context)(shape);
    return context.toString();
  };
  const names = codesByName();
  const centroids: Record<string, [number, number]> = {};
  const path = geoPath(projection);
  for (const geometry of topology.objects.countries.geometries) {
    const code =
      ABRIDGED[String(geometry.id)] ??
      names.get((geometry.properties as CountryProperties).name.toLowerCase());
    if (!code) {
      // Northern Cyprus and Somaliland have no code of their own: drawn, never a member's
      // country. Any other country left without one is a name this Node's ICU words otherwise.
      if (geometry.id === undefined) continue;
      throw new Error(
        `No ISO 3166-1 alpha-2 code for ${(geometry.properties as CountryProperties).name} (${geometry.id}).`,
      );
    }
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const [x, y] = path.centroid(largestPiece(shape));
    centroids[code] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  }
  const [tx, ty] = projection.translate();
  return {
    width: MAP_WIDTH,
    height,
    scale: projection.scale(),
    translate: [tx, ty],
    land: draw(land),
    borders: draw(borders),
    centroids: Object.fromEntries(Object.entries(centroids).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** The source of `src/members/world.generated.ts`. */
export function worldMapModule(): string {
  const map = buildWorldMap();
  return `// Generated by scripts/generate.ts (\`npm run generate\`) from Natural Earth 1:110m (public
// domain, through the world-atlas package), projected with Equal Earth. Do not edit.

/** The map's size in SVG units. */
export const WORLD_WIDTH = ${map.width};
export const WORLD_HEIGHT = ${map.height};

/** The fitted projection: x = translate[0] + scale · X, y = translate[1] − scale · Y (see \`projectLonLat\`). */
export const WORLD_SCALE = ${map.scale};
export const WORLD_TRANSLATE: readonly [number, number] = [${map.translate.join(', ')}];

/** The land, one SVG path. */
export const WORLD_LAND = ${JSON.stringify(map.land)};

/** The borders between countries, one SVG path. */
export const WORLD_BORDERS = ${JSON.stringify(map.borders)};

/** Each country's centroid on the map (its largest piece of land's), by ISO 3166-1 alpha-2 code. */
export const COUNTRY_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = ${JSON.stringify(map.centroids)};
`;
}
