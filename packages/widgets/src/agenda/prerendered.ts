/**
 * A pre-rendered agenda's hydration (`@gics/widgets/ssr`), fetched only by pre-rendered pages
 * (hydration.ts): its first update draws exactly what the server drew, so Lit's hydration finds
 * the DOM it would render, and the visitor's state follows in the next update.
 *
 *   before the first update, in a task of its own → `prepare()`: the data block read
 *     (internal/inline-data.ts) and its summit parsed, the update held meanwhile until the
 *     modules it draws with have arrived (hydration.ts)
 *   the first update → `show()`: the summit shown with every card, the server's
 *     instant (`at`), the event's zone and the zone toggle's row (`zoneRow`), no visitor state;
 *     in the list, the lists after the first screen are left as the server drew them, and
 *     hydrated in background tasks (later-lists.ts)
 *   once drawn, in the next task → the summit settles as a load would (address, favourites,
 *     `gics-agenda-load`)
 *
 * Without a data block, or one whose summit does not read, the agenda loads as if nothing had
 * been pre-rendered.
 */
import { isServer } from 'lit';
import { readInlineData, type Prerendered } from '../internal/inline-data.js';
import type { Prerendering, PrerenderedHost } from './hydration.js';
import type { LoadOutcome } from './load.js';
import { loadParser } from './read-modules.js';
import type { AgendaParts, Writable } from './parts.js';
import type { AgendaViewModel, AgendaViews } from './view-model.js';

export { laterList, laterNever, laterText } from './later-lists.js';

/** What `prepare` read, by data block: the summit parsed. */
const prepared = new WeakMap<Prerendered, ReturnType<Reader['parseSummitUnworded']>>();
type Reader = NonNullable<typeof loadParser.arrived>;

/**
 * Reads `host`'s data block and parses its summit, once, in a task before the first update's
 * (hydration.ts): that update, which hydrates, is long enough on its own with a long programme.
 */
export function prepare(host: PrerenderedHost): void {
  const prerendered = (host.prerendered ??= readInlineData(host));
  const reader = loadParser.arrived;
  if (!prerendered || !reader) return;
  prepared.set(prerendered, reader.parseSummitUnworded(prerendered.data, { mode: 'lenient' }));
}

/**
 * At the first update of `host`, shows the summit it carries as the server rendered it (every
 * card, the server's instant, the event's zone, no visitor state), written into `hydration`;
 * the visitor's state (address, favourites, zone) and the load event follow in the next update,
 * `settled` settling the summit as a load's. `false` when there is nothing pre-rendered to show.
 */
export function show(
  host: PrerenderedHost,
  parts: AgendaParts,
  settled: (outcome: LoadOutcome) => void,
  hydration: Writable<Prerendering>,
): boolean {
  const { prerendered } = host;
  host.prerendered = undefined;
  // On a server, `renderAgenda` has read the summit, so the parser is there.
  const reader = loadParser.arrived;
  if (!prerendered || !reader || host.summit !== undefined) return false;
  const parsed =
    prepared.get(prerendered) ?? reader.parseSummitUnworded(prerendered.data, { mode: 'lenient' });
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
  // The visitor's state comes in a task of its own, after the one that hydrates: both are
  // long enough on their own with a long programme.
  void host.updateComplete.then(() =>
    setTimeout(() => {
      hydration.at = undefined;
      // The visitor's state keeps every card on show: only a list it changes starts again.
      progressive.grow(progressive.limit);
      settled({ ok: true, summit, format: 'gics', warnings: [], validators });
    }),
  );
  return true;
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
