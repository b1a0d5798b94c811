/**
 * A pre-rendered agenda's hydration as the agenda's first load holds it: whether there is
 * anything to hydrate (the data block `renderAgenda` writes among the element's children), and
 * the module that does it (prerendered.ts), fetched only then. Pages that are not pre-rendered
 * never fetch it; a server's render has it there before it renders (ssr/agenda.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { INLINE_DATA_ATTRIBUTE, type Prerendered } from '../internal/inline-data.js';
import { once } from '../internal/on-demand.js';
import { nextTask } from '../internal/next-task.js';
import type { LoadOutcome } from './load.js';
import { loadParser } from './read-modules.js';
import { loadUrlQuery } from './modules.js';
import type { AgendaParts, Writable } from './parts.js';
import type { AgendaView } from './types.js';
import { viewArrival } from './view-modules.js';

/** The hydration of a pre-rendered agenda, and its list view's later lists (later-lists.ts). */
export const loadPrerendered = once(() => import('./prerendered.js'));

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
   * What the first update needs at once, for an agenda with a data block: the hydration's
   * module (which reads the block), the parser that reads its summit, for a pre-rendered grid
   * the grid's module, and the filtering when `themes` selects some, as that update draws what
   * the server drew; with `sync-url`, the address's reader, for the update that follows. All
   * fetched side by side; each resolves, arrived or not: without the first two, the agenda loads
   * as if nothing had been pre-rendered.
   */
  needs(): Array<Promise<unknown>>;
  /**
   * At the first update of a pre-rendered agenda, shows the summit it carries as the server
   * rendered it (prerendered.ts); `false` when there is nothing pre-rendered to show.
   */
  show(): boolean;
}

const ignore = () => undefined;

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
    needs: () =>
      host.querySelector(`:scope>[${INLINE_DATA_ATTRIBUTE}]`)
        ? [
            // The block is read, and its summit parsed, in a task before the first update's.
            Promise.all([loadPrerendered(), loadParser()])
              .then(([module]) => module.prepare(host))
              .then(nextTask, ignore),
            ...(host.view === 'grid' ? [viewArrival('grid')] : []),
            ...(host.themes.length > 0 ? [parts.engines.wantFilterEngine()] : []),
            ...(host.syncUrl ? [loadUrlQuery().catch(ignore)] : []),
          ]
        : [],
    show: () => loadPrerendered.arrived?.show(host, parts, settled, hydration) ?? false,
  };
  return hydration;
}
