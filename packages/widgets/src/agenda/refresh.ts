/**
 * Live updates of `<gics-agenda refresh="300">`, loaded only by agendas that ask for them: `src`
 * is fetched again every `refresh` seconds (30 at least) while the page is visible, and at once
 * when it becomes visible again after that long. Each request is conditional, so an unchanged
 * programme costs a 304 and no reading.
 *
 *   timer, or the tab shown again → `loadSummit(src, { validators })`
 *     304 ──────────────────────────────────▶ nothing to do
 *     a summit → `compareProgrammes(shown, fetched)`
 *       no change ──────────────────────────▶ nothing to do (the validators are kept)
 *       changes ─────────────────────────────▶ `apply(summit, changes)`
 *     anything else (network, server, data) → `failed(true)`: the programme shown stays, and the
 *       next try waits twice as long each time (up to an hour)
 *
 * A hidden tab is not polled: its next try waits until it is shown.
 *
 * What a changed programme shows, its marks on the cards (`markChanges`) and its announcement
 * in words (`announceChanges`), arrives with the refresher: an agenda that never refreshes never
 * loads them.
 */
import {
  compareProgrammes,
  hasProgrammeChanges,
  workshopRoom,
  type ProgrammeChanges,
  type RoomSource,
} from '@gics/core/agenda';
import type { Summit } from '@gics/core/summit';
import type { Language } from '@gics/core/summit';
import { agendaUpdateMessages } from '../i18n/agenda-updates.js';
import type { ChangeMarks } from './view-model.js';
import { loadSummit, type LoadOptions, type LoadOutcome, type Validators } from './load.js';

// The words of the marks this module's changes make, for the view model (view-model.ts).
export { changeMarkTexts } from './change-marks.js';
export { LiveUpdates } from './live-updates.js';

/** The shortest interval between two refreshes, in seconds. */
export const MIN_REFRESH_SECONDS = 30;
const MAX_WAIT = 60 * 60 * 1000;

/** What the refresher needs from the agenda. */
export interface RefreshHost {
  /** The programme shown. */
  shown(): Summit | undefined;
  /** A newer programme with its changes. */
  apply(summit: Summit, changes: ProgrammeChanges): void;
  /** Whether the last try failed. */
  failed(failing: boolean): void;
}

/** Refreshes one `src`, every `seconds` (never by itself for 0), and when asked, until `stop()`. */
export class Refresher {
  private readonly interval: number;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;
  private lastTry = Date.now();
  private stopped = false;

  constructor(
    private readonly host: RefreshHost,
    private readonly src: string,
    private readonly options: Pick<LoadOptions, 'format' | 'feedTimeZone'>,
    seconds: number,
    private validators: Validators = {},
  ) {
    this.interval = seconds > 0 ? Math.max(seconds, MIN_REFRESH_SECONDS) * 1000 : 0;
    if (this.interval === 0) return;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    this.schedule();
  }

  /** Stops refreshing: no timer, no request under way, no listener left. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.request?.abort();
    document.removeEventListener('visibilitychange', this.visibilityChanged);
  }

  /** How long until the next try: the interval, doubled for each failure in a row. */
  private get wait(): number {
    return Math.min(this.interval * 2 ** this.failures, MAX_WAIT);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped || this.interval === 0) return;
    const left = Math.max(this.wait - (Date.now() - this.lastTry), 0);
    this.timer = setTimeout(() => {
      if (document.visibilityState === 'hidden') return; // tried when the tab is shown again
      void this.check();
    }, left);
  }

  private readonly visibilityChanged = (): void => {
    if (document.visibilityState !== 'visible' || this.request) return;
    if (Date.now() - this.lastTry >= this.wait) void this.check();
    else this.schedule();
  };

  /** Asks the server now, as a timer does; resolves once the answer is dealt with. */
  async check(): Promise<void> {
    this.request?.abort();
    this.lastTry = Date.now();
    const request = new AbortController();
    this.request = request;
    let outcome: LoadOutcome | { ok: 'not-modified' };
    try {
      outcome = await loadSummit(this.src, {
        ...this.options,
        signal: request.signal,
        validators: this.validators,
      });
    } catch {
      return; // stopped meanwhile
    } finally {
      if (this.request === request) this.request = undefined;
    }
    if (this.stopped) return;
    if (outcome.ok === false) {
      this.failures += 1;
      this.host.failed(true);
    } else {
      this.failures = 0;
      this.host.failed(false);
      if (outcome.ok === true) {
        this.validators = outcome.validators ?? {};
        const shown = this.host.shown();
        const changes = shown ? compareProgrammes(shown, outcome.summit) : undefined;
        if (changes && hasProgrammeChanges(changes)) this.host.apply(outcome.summit, changes);
      }
    }
    this.schedule();
  }
}

/**
 * The polite announcement of `changes`, in `lang`, counting the workshops among them that are
 * the visitor's `favorites` (moved, cancelled or taken out).
 */
export function announceChanges(
  changes: ProgrammeChanges,
  favorites: ReadonlySet<string>,
  lang: Language,
): string {
  const touched = [
    ...changes.moved.map(({ after }) => after.id),
    ...changes.cancelled.map(({ after }) => after.id),
    ...changes.removed.map(({ id }) => id),
  ].filter((id) => favorites.has(id)).length;
  return agendaUpdateMessages[lang].programmeUpdated(
    {
      moved: changes.moved.length,
      cancelled: changes.cancelled.length,
      added: changes.added.length,
      removed: changes.removed.length,
      edited: changes.edited.length,
    },
    touched,
  );
}

/**
 * The marks on the cards once `changes` are shown: those of `shown` (the marks on show) with a
 * mark until `until` on each moved, edited and added workshop, and the workshops taken out kept
 * for a dialog still showing one. A moved workshop's mark keeps where it was in `earlier`, the
 * programme shown until now, whose rooms its room is read from.
 */
export function markChanges(
  shown: ChangeMarks,
  changes: ProgrammeChanges,
  until: number,
  earlier?: RoomSource,
): ChangeMarks {
  const marks = new Map(shown.marks);
  const removed = new Map(shown.removed);
  for (const { before, after } of changes.moved) {
    const { start, end } = before;
    marks.set(after.id, {
      kind: 'moved',
      until,
      from: { start, end, room: workshopRoom(before, earlier) },
    });
  }
  for (const { after } of changes.edited) marks.set(after.id, { kind: 'edited', until });
  for (const workshop of changes.added) marks.set(workshop.id, { kind: 'added', until });
  // A cancelled workshop says so with its own tag.
  for (const { after } of changes.cancelled) marks.delete(after.id);
  for (const workshop of changes.removed) {
    marks.delete(workshop.id);
    removed.set(workshop.id, workshop);
  }
  return { marks, removed };
}
