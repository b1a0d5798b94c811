/**
 * `<gics-agenda>` rendered on a server: the whole programme as HTML with declarative shadow
 * DOM, readable, printable and indexable without JavaScript, and hydrated in place when the
 * element's script arrives (render-element.ts says how). In the list view or the grid: the
 * grid's positions are rules of its style sheet, and it holds every day (grid-view.ts). In the
 * list, the lists of cards after the first screen are written to be hydrated later, in the
 * background (`laterMarkers`, agenda/later-lists.ts). In the grid, the chosen day is hydrated
 * in the first update, and the other days, which only readers without JavaScript see, are
 * written the same way and never hydrated: the next update takes them away.
 */
import { html, nothing } from 'lit';
import type { Language } from '@gics/core';
import { summitStructuredData } from '@gics/core/structured-data';
import { GicsAgenda } from '../agenda/agenda.js';
import { loadPrerendered } from '../agenda/hydration.js';
import { LATER_MARK } from '../agenda/later-lists.js';
import { readSummit } from '../agenda/feed-read.js';
import { loadFilterEngine } from '../agenda/modules.js';
import type { FeedFormat } from '../agenda/types.js';
import { viewArrival } from '../agenda/view-modules.js';
import type { Prerendered } from '../internal/inline-data.js';
import {
  defineOnServer,
  recordPage,
  RenderError,
  renderHostWithCss,
  structuredDataScript,
  type RenderedHost,
  stylesText,
  type StylesOption,
} from './render-element.js';

/** How `renderAgenda` renders the agenda. */
export interface AgendaRenderOptions extends StylesOption {
  /** The language of the page it goes into. */
  lang: Language;
  /**
   * `list` (default) or `grid`: rooms × time, every day one after another without JavaScript,
   * the day's tabs with it. The grid's positions are rules of the element's styles, so with
   * `stylesheet`, serve the style sheet `renderAgendaWithCss` gives for this render.
   */
  view?: 'list' | 'grid' | undefined;
  /** Where the element fetches the summit once its script runs (kept live with `refresh`). */
  src?: string | undefined;
  /** Seconds between two checks of `src` for a changed programme (30 at least); none by default. */
  refresh?: number | undefined;
  /** The host's page for each workshop, e.g. `/ateliers/{id}`, instead of the dialog. */
  workshopHref?: string | undefined;
  /** Keep filters, view and the open workshop in the page address (`sync-url`). */
  syncUrl?: boolean | undefined;
  /** Hide the filter panel. */
  hideFilters?: boolean | undefined;
  /** Theme ids selected when the agenda appears. */
  themes?: readonly string[] | undefined;
  /** The feed's format: detected by default. */
  format?: FeedFormat | undefined;
  /** The event's IANA zone, for feeds that do not name one (Sessionize). */
  feedTimeZone?: string | undefined;
  /** The page's address, for the workshops' links in the structured data. */
  pageUrl?: string | undefined;
  /** The instant "happening now" is judged at; the time of the call by default. */
  now?: Date | number | undefined;
  /** The ETag of the summit's version at `src`, so the first `refresh` can answer 304. */
  etag?: string | undefined;
}

/**
 * `<gics-agenda>` showing `feed` (a GICS summit, or a pretalx, frab or Sessionize export, read
 * as the element reads `src`) as HTML to paste into a page: every workshop in the list view
 * (or the grid), the schema.org JSON-LD in the light DOM, the summit inline for hydration.
 * @throws {RenderError} when the feed is no summit the agenda can show.
 */
export async function renderAgenda(feed: unknown, options: AgendaRenderOptions): Promise<string> {
  return (await renderAgendaWithCss(feed, options)).html;
}

/**
 * `renderAgenda`, with the text of the style sheet `stylesheet` names, for this render: the
 * element's styles, and in the grid its styles and where its cards stand. Serve it at that
 * address (one per render: two grids differ).
 * @throws {RenderError} when the feed is no summit the agenda can show.
 */
export async function renderAgendaWithCss(
  feed: unknown,
  options: AgendaRenderOptions,
): Promise<RenderedHost> {
  const grid = options.view === 'grid';
  // The hydration's module and the grid's arrive on demand in a browser; here they are there
  // before the render.
  await loadPrerendered();
  if (grid) await viewArrival('grid');
  // So is the filtering that themes selected at first need.
  if (options.themes?.length) await loadFilterEngine();
  const outcome = await readSummit(feed, {
    format: options.format ?? 'auto',
    feedTimeZone: options.feedTimeZone || undefined,
  });
  if (!outcome.ok) throw new RenderError('an agenda', outcome.kind, outcome.problems);
  const { summit } = outcome;
  defineOnServer('gics-agenda', GicsAgenda);
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const prerendered: Prerendered = {
    data: summit,
    now,
    ...(options.etag ? { validators: { etag: options.etag } } : {}),
  };
  const template = options.workshopHref ?? '';
  const structuredData = summitStructuredData(summit, {
    lang: options.lang,
    ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
    workshopUrl: (workshop) => recordPage(template, workshop.id, options.pageUrl),
  });
  const themes = options.themes?.join(' ');
  const host = html`<gics-agenda
    lang=${options.lang}
    color-scheme=${options.colorScheme || nothing}
    view=${grid ? 'grid' : nothing}
    src=${options.src || nothing}
    refresh=${options.refresh || nothing}
    workshop-href=${template || nothing}
    themes=${themes || nothing}
    format=${options.format && options.format !== 'auto' ? options.format : nothing}
    feed-time-zone=${options.feedTimeZone || nothing}
    ?sync-url=${options.syncUrl}
    ?hide-filters=${options.hideFilters}
    structured-data
    .prerendered=${prerendered}
  ></gics-agenda>`;
  const rendered = renderHostWithCss(
    'gics-agenda',
    host,
    prerendered,
    [structuredDataScript(structuredData)],
    options,
  );
  return { ...rendered, html: laterMarkers(rendered.html) };
}

const LATER = `<!--${LATER_MARK}-->`;
/** The hydration markers: `lit-part` and `lit-node` openings, `/lit-part` closings. */
const MARKER = /<!--(\/?)lit-(part|node)/g;

/**
 * `html` with the hydration markers of the lists left for later renamed (`lit-` → `gics-`),
 * so that Lit's hydration of the agenda's root passes over them (agenda/later-lists.ts): every
 * marker after a `LATER` comment, up to the closing of the part that holds it.
 */
export function laterMarkers(html: string): string {
  let written = '';
  let from = 0;
  for (let at = html.indexOf(LATER); at !== -1; at = html.indexOf(LATER, from)) {
    written += html.slice(from, at + LATER.length);
    from = at + LATER.length;
    let depth = 0;
    MARKER.lastIndex = from;
    for (let marker = MARKER.exec(html); marker; marker = MARKER.exec(html)) {
      const [, closing, kind] = marker;
      if (kind === 'part' && closing && depth-- === 0) break;
      if (kind === 'part' && !closing) depth += 1;
      written += `${html.slice(from, marker.index)}<!--${closing}gics-${kind}`;
      from = MARKER.lastIndex;
    }
  }
  return written + html.slice(from);
}

/**
 * The agenda's styles as a style sheet's text, for `stylesheet` in the list (a grid's style
 * sheet comes from `renderAgendaWithCss`).
 */
export function agendaCss(): string {
  return stylesText(GicsAgenda);
}
