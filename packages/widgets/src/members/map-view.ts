/**
 * The map view of `<gics-members>`, loaded the first time it is shown (`modules.ts`): an SVG
 * world drawn from Natural Earth's outline, projected when the package is built
 * (`world.generated.ts`), with a marker per member or per group of close members. Nothing is
 * fetched: no tiles, no fonts, no third party.
 *
 *   the filtered members, in the list's order → `groupMarkers` at the zoom shown, with a marker
 *     width's worth of the stage's width (`MapWidth` measures it) → one `<button>` per marker,
 *     placed over the SVG in percentages of the view, so Tab follows the list's order and every
 *     marker is a real button with a name ("Coopérative X, Lyon, France"; "3 members near…")
 *   a marker that gets focus outside the view → the view moves to it
 *   a single member's marker → the member's dialog; a group's → the list shows that group, and
 *     the map zooms in on it
 *   zoom: the buttons, or + − 0 and the arrows anywhere on the map (`viewForKey`)
 */
import {
  html,
  noChange,
  nothing,
  type ElementPart,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Language, Member } from '@gics/core';
import { membersMapMessages, type MembersMapMessages } from '../i18n/members-map.js';
import { placeOf } from './place.js';
import {
  clampView,
  groupMarkers,
  inView,
  viewBoxOf,
  viewForKey,
  WORLD_VIEW,
  type MapView,
  type Marker,
} from './map-layout.js';
import { WORLD_BORDERS, WORLD_HEIGHT, WORLD_LAND, WORLD_WIDTH } from './world.generated.js';

export { WORLD_VIEW, type MapView, type Marker } from './map-layout.js';

/**
 * Members closer than this on screen, in CSS pixels, share a marker: a group's marker (32 px)
 * and a little space, so no marker covers another.
 */
const MARKER_PX = 36;
/** What the stage is taken to measure before it has been laid out. */
const DEFAULT_WIDTH = 640;

/**
 * Places a marker through its style object, never a `style` attribute, which a strict Content
 * Security Policy (`style-src 'self'`) refuses.
 */
class PlaceAt extends Directive {
  render(_left: string, _top: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [left, top]: [string, string]): typeof noChange {
    const { style } = part.element as HTMLElement;
    style.left = left;
    style.top = top;
    return noChange;
  }
}
const placeAt = directive(PlaceAt);

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

/** The map's styles, adopted by the element's shadow root when this module arrives. */
export const mapStyles = css`
  .map-layout {
    display: grid;
    gap: calc(var(--_gics-space) * 2);
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    align-items: start;
  }

  .map {
    display: grid;
    gap: var(--_gics-space);
    position: sticky;
    inset-block-start: var(--_gics-sticky-top);
  }

  .map-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
  }

  .map-stage {
    position: relative;
    aspect-ratio: ${WORLD_WIDTH} / ${WORLD_HEIGHT};
    overflow: clip;
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(
      --gics-members-sea,
      color-mix(in srgb, var(--_gics-accent) 8%, var(--_gics-color-surface))
    );
  }

  .map-stage svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }

  .land {
    fill: var(
      --gics-members-land,
      color-mix(in srgb, var(--_gics-color-text) 14%, var(--_gics-color-surface))
    );
  }

  .borders {
    fill: none;
    stroke: var(--_gics-color-surface);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }

  .marker {
    position: absolute;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    min-inline-size: 24px;
    block-size: 24px;
    padding: 0 4px;
    translate: -50% -50%;
    border: 2px solid var(--_gics-color-surface);
    border-radius: 999px;
    background: var(--_gics-accent);
    color: var(--_gics-color-surface);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }

  .marker.group {
    min-inline-size: 32px;
    block-size: 32px;
  }

  .marker:focus-visible {
    outline: 3px solid var(--_gics-color-text);
    outline-offset: 2px;
    z-index: 1;
  }

  .map-help,
  .unplaced {
    margin: 0;
    font-size: 0.875em;
    color: var(--_gics-color-muted);
  }

  .place-pick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space);
    align-items: center;
  }

  @container gics-members (max-width: 48em) {
    .map-layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .map {
      position: static;
    }
  }

  @media print {
    .map-controls,
    .map-help {
      display: none;
    }
  }
`;

/** The stage's width in CSS pixels, measured whenever it changes; the host renders again then. */
export class MapWidth implements ReactiveController {
  width = 0;
  private stage?: Element;
  private readonly observer = new ResizeObserver((entries) => {
    const width = Math.round(entries[0]?.contentRect.width ?? 0);
    if (width === this.width || width === 0) return;
    requestAnimationFrame(() => {
      this.width = width;
      this.host.requestUpdate();
    });
  });

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const stage = this.host.renderRoot.querySelector('.map-stage') ?? undefined;
    if (stage === this.stage) return;
    if (this.stage) this.observer.unobserve(this.stage);
    this.stage = stage;
    if (stage) this.observer.observe(stage);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.stage = undefined;
  }
}

/** What the map needs from the element. */
export interface MapContext {
  lang: Language;
  view: MapView;
  /** The stage's width in CSS pixels; 0 before it is laid out. */
  width: number;
  /** Changes what the map shows. */
  setView: (view: MapView) => void;
  /** A single member's marker was chosen. */
  openMember: (member: Member, opener: HTMLElement) => void;
  /** A group's marker was chosen: the list shows its members. */
  pickPlace: (members: readonly Member[], name: string) => void;
}

/** Markers for `members` at `view`'s zoom on a stage `width` pixels wide. */
export function markersFor(members: readonly Member[], view: MapView, width: number) {
  const pixelsPerUnit = ((width || DEFAULT_WIDTH) / WORLD_WIDTH) * view.zoom;
  return groupMarkers(members, MARKER_PX / pixelsPerUnit);
}

/** A marker's accessible name: "Coopérative X, Lyon, France"; "3 members near Lyon, France". */
export function markerName(marker: Marker, t: MembersMapMessages, lang: Language): string {
  const first = marker.members[0]!;
  const place = placeOf(first, lang);
  if (marker.members.length === 1) return place ? `${first.name}, ${place}` : first.name;
  return t.markerGroup(marker.members.length, place || first.name);
}

/** The map and its controls, for the members the list shows (in its order). */
export function renderMap(members: readonly Member[], context: MapContext) {
  const { lang, view } = context;
  const t = membersMapMessages[lang];
  const { markers, unplaced } = markersFor(members, view, context.width);
  const [left, top, width, height] = viewBoxOf(view);
  const zoomTo = (next: MapView) => context.setView(clampView(next));
  const onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = viewForKey(view, event.key);
    if (!next) return;
    event.preventDefault();
    context.setView(next);
  };
  const choose = (marker: Marker, event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    if (marker.members.length === 1) {
      context.openMember(marker.members[0]!, opener);
      return;
    }
    context.pickPlace(marker.members, placeOf(marker.members[0]!, lang) || marker.members[0]!.name);
    zoomTo({ zoom: view.zoom * 2, cx: marker.x, cy: marker.y });
  };
  const reveal = (marker: Marker) => {
    if (!inView(view, marker.x, marker.y)) zoomTo({ ...view, cx: marker.x, cy: marker.y });
  };
  return html`<div part="map" class="map" @keydown=${onKeydown}>
    <div class="map-controls" role="group" aria-label=${t.controlsLabel}>
      <button
        type="button"
        class="action"
        aria-label=${t.zoomIn}
        ?disabled=${view.zoom >= 16}
        @click=${() => zoomTo({ ...view, zoom: view.zoom * 2 })}
      >
        +
      </button>
      <button
        type="button"
        class="action"
        aria-label=${t.zoomOut}
        ?disabled=${view.zoom <= 1}
        @click=${() => zoomTo({ ...view, zoom: view.zoom / 2 })}
      >
        −
      </button>
      <button type="button" class="action" @click=${() => context.setView(WORLD_VIEW)}>
        ${t.zoomReset}
      </button>
    </div>
    <div class="map-stage" role="group" aria-label=${t.mapLabel} aria-describedby="map-help">
      <svg viewBox="${left} ${top} ${width} ${height}" aria-hidden="true" focusable="false">
        <path class="land" d=${WORLD_LAND}></path>
        <path class="borders" d=${WORLD_BORDERS}></path>
      </svg>
      ${repeat(
        markers,
        (marker) => marker.key,
        (marker) => {
          const group = marker.members.length > 1;
          return html`<button
            type="button"
            class=${group ? 'marker group' : 'marker'}
            data-marker=${marker.key}
            aria-label=${markerName(marker, t, lang)}
            ${placeAt(
              `${((marker.x - left) / width) * 100}%`,
              `${((marker.y - top) / height) * 100}%`,
            )}
            @click=${(event: Event) => choose(marker, event)}
            @focus=${() => reveal(marker)}
          >
            ${group ? marker.members.length.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA') : nothing}
          </button>`;
        },
      )}
    </div>
    <p id="map-help" class="map-help">${t.mapHelp}</p>
    ${unplaced ? html`<p class="unplaced">${t.unplaced(unplaced)}</p>` : nothing}
  </div>`;
}
