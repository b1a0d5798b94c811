/**
 * A pre-rendered agenda's hydration (`@gics/widgets/ssr`): its first update draws exactly what
 * the server drew, so Lit's hydration finds the DOM it would render, and the visitor's state
 * follows in the next update.
 *
 *   before the first update → `needs()`: the data block read (internal/inline-data.ts), and the
 *     update held until the modules it draws with have arrived (the parser, a grid's view, the
 *     filtering for `themes`, the address's reader with `sync-url`)
 *   the first update → `show()`: the summit parsed and shown with every card, the server's
 *     instant (`at`), the event's zone and the zone toggle's row (`zoneRow`), no visitor state
 *   once drawn → the summit settles as a load would (address, favourites, `gics-agenda-load`)
 *
 * Without a data block, or one whose summit does not read, the agenda loads as if nothing had
 * been pre-rendered.
 */
import { isServer, type ReactiveControllerHost } from 'lit';
import type { Prerendered } from '../internal/inline-data.js';
import { readInlineData } from '../internal/inline-data.js';
import { loadParser, type LoadOutcome } from './load.js';
import { loadUrlQuery } from './modules.js';
import type { AgendaParts, Writable } from './parts.js';
import type { AgendaView } from './types.js';
import type { AgendaViewModel, AgendaViews } from './view-model.js';
import { viewArrival } from './view-modules.js';

/** The agenda's properties hydration reads, and the data it was rendered with. */
export interface PrerenderedHost extends ReactiveControllerHost, Element {
  prerendered?: Prerendered;
  readonly summit?: unknown;
  readonly view: AgendaView;
  readonly themes: string[];
  readonly syncUrl: boolean;
}

/** A pre-rendered agenda's hydration. */
export interface Prerendering {
  /** The instant the server rendered at, until the pre-rendered first update is drawn. */
  readonly at?: number;
  /** Whether this agenda was pre-rendered: its zone toggle's row stays (`AgendaInput.zoneRow`). */
  readonly zoneRow: boolean;
  /**
   * What the first update needs at once: for a pre-rendered agenda (its data block read here,
   * once), the parser that reads its summit, for a pre-rendered grid the grid's module, and the
   * filtering when `themes` selects some, as that update draws what the server drew; with
   * `sync-url`, the address's reader, fetched beside them for the update that follows. Each
   * resolves, arrived or not: without the parser, the agenda loads as if nothing had been
   * pre-rendered.
   */
  needs(): Array<Promise<unknown>>;
  /**
   * At the first update of a pre-rendered agenda, shows the summit it carries as the server
   * rendered it (every card, the server's instant, the event's zone, no visitor state); the
   * visitor's state (address, favourites, zone) and the load event follow in the next update.
   * `false` when there is nothing pre-rendered to show.
   */
  show(): boolean;
}

/**
 * The hydration of agenda `host`, made of its `parts`; `settled` settles the summit shown as a
 * load's (summit-source.ts).
 */
export function prerendering(
  host: PrerenderedHost,
  parts: AgendaParts,
  settled: (outcome: LoadOutcome) => void,
): Prerendering {
  const hydration: Writable<Prerendering> = {
    zoneRow: false,
    needs: () => {
      host.prerendered ??= readInlineData(host);
      if (!host.prerendered) return [];
      return [
        loadParser().catch(() => undefined),
        ...(host.view === 'grid' ? [viewArrival('grid')] : []),
        ...(host.themes.length > 0 ? [parts.engines.wantFilterEngine()] : []),
        ...(host.syncUrl ? [loadUrlQuery().catch(() => undefined)] : []),
      ];
    },
    show: () => {
      const { prerendered } = host;
      host.prerendered = undefined;
      // On a server, `renderAgenda` has read the summit, so the parser is there.
      const reader = loadParser.arrived;
      if (!prerendered || !reader || host.summit !== undefined) return false;
      const parsed = reader.parseSummitUnworded(prerendered.data, { mode: 'lenient' });
      if (!parsed.ok) return false;
      const { summit } = parsed;
      const { progressive } = parts;
      parts.loader.show(summit);
      hydration.at = prerendered.now;
      hydration.zoneRow = true;
      // The choices a summit starts with, before the address is read.
      parts.choices.start(summit, host.themes, false);
      progressive.grow(Number.POSITIVE_INFINITY);
      if (isServer) return true;
      const { validators } = prerendered;
      void host.updateComplete.then(() => {
        hydration.at = undefined;
        // The visitor's state keeps every card on show: only a list it changes starts again.
        progressive.grow(progressive.limit);
        settled({ ok: true, summit, format: 'gics', warnings: [], validators });
      });
      return true;
    },
  };
  return hydration;
}

/**
 * What a server's style sheet adds for `model`: what it places through the CSSOM (the grid's
 * positions), with the grid's styles, which arrive with its module. `''` for the list.
 */
export function serverStyles(model: AgendaViewModel, views: AgendaViews): string {
  const { grid } = views;
  if (model.status !== 'ready' || model.content.kind !== 'grid' || !grid) return '';
  return `${grid.gridStyles}\n${grid.gridPlacementCss(model.content)}`;
}
