/**
 * Where the agenda's summit comes from, and what its arrival starts:
 *
 *   `load()`: `.summit` → `readSummit` (feed-read.ts), checked leniently; else `src` → `loadSummit`
 *     (fetch, detect, import, check), a congress's first render prepared in a task of its own
 *     (`prepared`); with `sync-url`, the address's reader arrives beside either; neither → idle
 *   a large feed's preview (preview.ts, on demand), when the first screen it draws is the
 *     whole's: shown as a ready summit until the whole settles, its favourites open (a star
 *     is kept); no event, no count, no filter choice
 *   `settled(outcome)`: an error → `gics-agenda-error`; a summit → the visitor's choices
 *     (choices.ts), favourites, the search warmed (engines.ts), live updates' validators, one
 *     `console.warn` for what was left out, `gics-agenda-load`, and once drawn a
 *     `#workshop-<id>` link followed
 *
 * `SummitLoad` (load-controller.ts) runs one load at a time and keeps the status.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language, Summit } from '@gics/core/summit';
import { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { agendaMessages } from '../i18n/agenda.js';
import { resolveTimeZone } from '../internal/time-zone.js';
import { nextTask } from '../internal/next-task.js';
import { loadFeedReader, loadSummit, type LoadOutcome, type PreviewHook } from './load.js';
import { loadParser } from './read-modules.js';
import { once } from '../internal/on-demand.js';
import { loadUrlQuery } from './modules.js';
import type { AgendaParts } from './parts.js';
import type { AgendaView, FeedFormat } from './types.js';
import { firstRenderSteps, PREPARED_FROM } from './view-model.js';
import { warnLeftOut } from '../internal/left-out.js';

/** A large feed's preview (preview.ts), fetched once the feed is known to be large. */
const loadPreview = once(() => import('./preview.js'));

/** The agenda's properties its source reads (and `view`, which the address can set). */
export interface SourceHost extends ReactiveControllerHost {
  readonly summit?: unknown;
  readonly src: string;
  readonly format: FeedFormat;
  readonly feedTimeZone: string;
  readonly refresh: number;
  readonly syncUrl: boolean;
  readonly themes: string[];
  readonly structuredData: boolean;
  readonly timeZone: string;
  readonly language: Language;
  view: AgendaView;
  dispatchEvent(event: Event): boolean;
}

/** The agenda's summit source. */
export interface SummitSource {
  /** Loads the summit the properties name, aborting any load under way. */
  load(): void;
  /**
   * Tells the page what a load of `src` (`''` for `.summit`) ended with and, for a summit,
   * starts the visitor's state for it.
   */
  settled(outcome: LoadOutcome, src: string): void;
}

/**
 * The summit source of agenda `host`, made of its `parts`; `openFromHash` follows a
 * `#workshop-<id>` link once a summit is drawn.
 */
export function summitSource(
  host: SourceHost,
  parts: AgendaParts,
  openFromHash: () => void,
): SummitSource {
  const { loader } = parts;
  // A summit's first render prepared in tasks of their own (`firstRenderSteps`), so that the
  // task drawing the first cards stays short: a large loaded summit's, and a preview's (the
  // first the page draws, which builds the first date formatters).
  const prepare = async (summit: Summit): Promise<void> => {
    const lang = host.language;
    const zone = resolveTimeZone(host.timeZone, summit.timeZone);
    for (const step of firstRenderSteps(parts.memo, summit, lang, agendaMessages[lang], zone)) {
      step();
      await nextTask();
    }
  };
  const prepared = async (outcome: LoadOutcome): Promise<LoadOutcome> => {
    if (outcome.ok === true && outcome.summit.workshops.length >= PREPARED_FROM) {
      await prepare(outcome.summit);
    }
    return outcome;
  };

  const settled = (outcome: LoadOutcome, src: string): void => {
    if (!outcome.ok) {
      const message = agendaMessages[host.language].errors[outcome.kind];
      host.dispatchEvent(
        new GicsAgendaErrorEvent({
          kind: outcome.kind,
          message,
          ...(host.summit === undefined ? { src } : {}),
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.problems ? { problems: outcome.problems } : {}),
        }),
      );
      return;
    }
    const { summit } = outcome;
    parts.engines.warmSearch(summit);
    parts.engines.warmFiltering();
    parts.favorites.open(summit.id);
    const view = parts.choices.start(summit, host.themes, host.syncUrl);
    if (view) host.view = view;
    parts.live.loaded(outcome.validators);
    warnLeftOut('gics-agenda', 'the summit', outcome.warnings);
    host.dispatchEvent(
      new GicsAgendaLoadEvent({ summit, format: outcome.format, warnings: outcome.warnings }),
    );
    void host.updateComplete.then(openFromHash);
  };

  return {
    load: () => {
      const { summit, src } = host;
      const done = (outcome: LoadOutcome) => settled(outcome, src);
      // With `sync-url`, the summit shows with the address's filters: their reader arrives as it loads.
      const address = host.syncUrl ? loadUrlQuery().catch(() => undefined) : undefined;
      const withAddress = (loading: Promise<LoadOutcome>) =>
        Promise.all([loading, address]).then(([outcome]) => outcome);
      if (summit !== undefined) {
        // The reader and the summit reader it calls, fetched together.
        const read = () =>
          Promise.all([loadFeedReader(), loadParser()]).then(
            ([reader]) => reader.readSummit(summit, { format: 'gics' }),
            (): LoadOutcome => ({ ok: false, kind: 'network' }),
          );
        void loader.run(() => withAddress(read()), false, done);
      } else if (src) {
        const options = {
          format: host.format,
          feedTimeZone: host.feedTimeZone || undefined,
          keepValidators: host.refresh > 0,
        };
        // On its way with the feed: a large one shows its preview as soon as it is in.
        void loadPreview().catch(() => undefined);
        const preview =
          (signal: AbortSignal): PreviewHook =>
          (feed, late) =>
            loadPreview()
              .then((module) =>
                module.showPreview(feed, late, { options, signal, host, parts, address, prepare }),
              )
              .catch(() => undefined);
        void loader.run(
          (signal) =>
            withAddress(
              loadSummit(src, { ...options, signal, preview: preview(signal) }).then(prepared),
            ),
          true,
          done,
        );
      } else {
        void loader.run(undefined, false, done);
      }
    },
    settled,
  };
}
