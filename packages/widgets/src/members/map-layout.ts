/**
 * The member map's geometry, pure and DOM-free: where a member goes on the map, which members
 * share a marker, and what part of the world a zoom shows. Only the map's module imports it.
 *
 *   a member → `pointOf`: its `location` projected (Equal Earth, `projectLonLat`), else its
 *     country's centroid (both in the outline's SVG units), else no place on the map
 *   the members in the list's order → `groupMarkers`: members closer than a marker's width at
 *     the zoom shown share one marker, placed at its first member; markers come in the order of
 *     their first member in the list, which is the order Tab follows
 *   a zoom and a centre → `viewBoxOf`: the part of the outline shown, kept inside the world
 */
import type { Member } from '@gics/core';
import {
  COUNTRY_CENTROIDS,
  WORLD_HEIGHT,
  WORLD_SCALE,
  WORLD_TRANSLATE,
  WORLD_WIDTH,
} from './world.generated.js';

// Equal Earth (Šavrič, Patterson and Jenny, 2018): the polynomial's coefficients.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** A point on the map, in the outline's SVG units. */
export type MapPoint = readonly [x: number, y: number];

/** `lon`, `lat` (WGS 84 degrees) projected onto the map as the outline was (Equal Earth, fitted). */
export function projectLonLat(lon: number, lat: number): MapPoint {
  const lambda = lon * RADIANS;
  const theta = Math.asin(M * Math.sin(lat * RADIANS));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [WORLD_TRANSLATE[0] + WORLD_SCALE * x, WORLD_TRANSLATE[1] - WORLD_SCALE * y];
}

/** Where `member` goes on the map: its location, else its country's centroid, else nowhere. */
export function pointOf(member: Pick<Member, 'location' | 'country'>): MapPoint | undefined {
  if (member.location) return projectLonLat(member.location.lon, member.location.lat);
  return member.country ? COUNTRY_CENTROIDS[member.country] : undefined;
}

/** One marker: a member, or several close together. */
export interface Marker {
  /** Stable while the same first member leads it: that member's id. */
  key: string;
  x: number;
  y: number;
  /** In the list's order; the first one names the place. */
  members: Member[];
}

/** The markers of `members` (in the list's order) and how many members have no place. */
export interface MarkerLayout {
  markers: Marker[];
  unplaced: number;
}

/**
 * Groups `members` into markers: a member joins the nearest marker whose place lies closer than
 * `cell` (SVG units), else starts one at its own place. Markers sit where their first member
 * is, so no two are closer than `cell` and none hides another; they keep the order of their
 * first member.
 */
export function groupMarkers(members: readonly Member[], cell: number): MarkerLayout {
  const buckets = new Map<string, Marker[]>();
  const markers: Marker[] = [];
  let unplaced = 0;
  for (const member of members) {
    const point = pointOf(member);
    if (!point) {
      unplaced += 1;
      continue;
    }
    const [x, y] = point;
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    let nearest: Marker | undefined;
    let distance = cell;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const marker of buckets.get(`${column + dx},${row + dy}`) ?? []) {
          const d = Math.hypot(marker.x - x, marker.y - y);
          if (d < distance) {
            distance = d;
            nearest = marker;
          }
        }
      }
    }
    if (nearest) {
      nearest.members.push(member);
      continue;
    }
    const marker: Marker = { key: member.id, x, y, members: [member] };
    markers.push(marker);
    const key = `${column},${row}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(marker);
    else buckets.set(key, [marker]);
  }
  return { markers, unplaced };
}

/** What the map shows: how far it is zoomed, and the centre of the view (SVG units). */
export interface MapView {
  zoom: number;
  cx: number;
  cy: number;
}

/** The zooms the map steps through. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;

/** The whole world. */
export const WORLD_VIEW: MapView = { zoom: 1, cx: WORLD_WIDTH / 2, cy: WORLD_HEIGHT / 2 };

/** `view` with its zoom in bounds and its centre moved so the view stays on the world. */
export function clampView(view: MapView): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
  const halfW = WORLD_WIDTH / zoom / 2;
  const halfH = WORLD_HEIGHT / zoom / 2;
  return {
    zoom,
    cx: Math.min(WORLD_WIDTH - halfW, Math.max(halfW, view.cx)),
    cy: Math.min(WORLD_HEIGHT - halfH, Math.max(halfH, view.cy)),
  };
}

/** The SVG `viewBox` of `view`: x, y, width, height. */
export function viewBoxOf(view: MapView): [number, number, number, number] {
  const width = WORLD_WIDTH / view.zoom;
  const height = WORLD_HEIGHT / view.zoom;
  return [view.cx - width / 2, view.cy - height / 2, width, height];
}

/** Whether point (`x`, `y`) is inside what `view` shows. */
export function inView(view: MapView, x: number, y: number): boolean {
  const [left, top, width, height] = viewBoxOf(view);
  return x >= left && x <= left + width && y >= top && y <= top + height;
}

/**
 * The view after a key press on the map, or `undefined` for a key the map does not use:
 * `+`/`=` zoom in, `-` zoom out, `0` the whole world, arrows move by a quarter of the view.
 */
export function viewForKey(view: MapView, key: string): MapView | undefined {
  const step = WORLD_WIDTH / view.zoom / 4;
  switch (key) {
    case '+':
    case '=':
      return clampView({ ...view, zoom: view.zoom * 2 });
    case '-':
    case '_':
      return clampView({ ...view, zoom: view.zoom / 2 });
    case '0':
      return WORLD_VIEW;
    case 'ArrowLeft':
      return clampView({ ...view, cx: view.cx - step });
    case 'ArrowRight':
      return clampView({ ...view, cx: view.cx + step });
    case 'ArrowUp':
      return clampView({ ...view, cy: view.cy - step });
    case 'ArrowDown':
      return clampView({ ...view, cy: view.cy + step });
    default:
      return undefined;
  }
}
