/**
 * The agenda's live updates (`refresh`, `checkForUpdates()`) as a reactive controller. It arrives
 * with the refresher (refresh.ts re-exports it), only for an agenda that refreshes or is asked to
 * check; the first load holds what the view reads of it and when it starts (live.ts). It keeps the
 * refresher (with the words of its announcements) running while a summit loaded from `src` is on
 * the page, and turns each changed programme into what the agenda shows:
 *
 *   refresher → `apply(summit, changes)`
 *     → marks on the cards of moved, new and edited workshops, for `CHANGE_MARK_TIME`, and the
 *       workshops taken out kept, for a dialog still showing one (`markChanges`)
 *     → the announcement, in the agenda's language, counting the visitor's favourites touched
 *       (`announceChanges`)
 *     → the host shows the summit and fires `gics-agenda-update` (`accepted`)
 *   a failed try → `failing`, which the agenda says quietly
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProgrammeChanges } from '@gics/core/agenda';
import type { Language, Summit } from '@gics/core/summit';
import type { FeedFormat } from './types.js';
import type { Validators } from './load.js';
import type * as Refresh from './refresh.js';
import type { Refresher } from './refresh.js';
import type { ChangeMarks } from './view-model.js';

// No marks: as the view model's `NO_CHANGES`, which this module, outside the first load, does
// not import (a value shared with the first load would split it into more chunks).
const NO_MARKS: ChangeMarks = { marks: new Map(), removed: new Map() };

/** How long a refresh's marks ("Moved (previously …)", "New") stay on the cards, in milliseconds. */
export const CHANGE_MARK_TIME = 15 * 60 * 1000;

/** The agenda's properties live updates read. */
export interface LiveUpdatesHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  readonly src: string;
  readonly format: FeedFormat;
  readonly feedTimeZone: string;
  /** Seconds between refreshes; 0 for none. */
  readonly refresh: number;
  readonly language: Language;
}

/** What live updates ask of the agenda's state. */
export interface LiveUpdatesHooks {
  /** The summit on show, when it was loaded from `src` (none for `.summit`, or while loading). */
  loadedFromSrc(): Summit | undefined;
  /** The clock's instant, which the marks' end counts from. */
  now(): number;
  /** The visitor's favourites. */
  favorites(): ReadonlySet<string>;
  /** Shows `summit` in place of the one on show and tells the page (`gics-agenda-update`). */
  accepted(summit: Summit, changes: ProgrammeChanges): void;
}

export class LiveUpdates implements ReactiveController {
  /** What refreshes changed: marks on cards, workshops taken out. */
  changes: ChangeMarks = NO_MARKS;
  /** What the last refresh changed, in words ('' before any). */
  notice = '';
  /** Whether the last try failed. */
  failing = false;
  private refresher?: Refresher;
  /** What identifies the version shown, for conditional refreshes. */
  private validators?: Validators;

  /** `refresh`: the refresher's module, which this one arrives with. */
  constructor(
    private readonly host: LiveUpdatesHost,
    private readonly hooks: LiveUpdatesHooks,
    private readonly refresh: typeof Refresh,
    validators?: Validators,
  ) {
    this.validators = validators;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }

  /** A summit was loaded (from `src` or not): earlier changes no longer apply. */
  loaded(validators: Validators | undefined): void {
    this.validators = validators;
    this.changes = NO_MARKS;
    this.notice = '';
    this.failing = false;
    this.sync();
  }

  /**
   * Starts, restarts or stops refreshing, as `refresh`, `src` and the page say: only a summit
   * loaded from `src` that is on the page refreshes.
   */
  sync(): void {
    this.refresher?.stop();
    this.refresher = undefined;
    if (this.host.refresh > 0) this.refresherFor(this.host.refresh);
  }

  /** Asks the server now, as a refresh does; resolves once the answer is dealt with. */
  async checkNow(): Promise<void> {
    await this.refresherFor(0)?.check();
  }

  /**
   * The refresher of the summit shown, refreshing every `seconds` (0: only when asked), made
   * when none is running; none for a summit not loaded from `src`, or off the page.
   */
  private refresherFor(seconds: number): Refresher | undefined {
    if (this.refresher) return this.refresher;
    const { host, refresh } = this;
    const src = host.src;
    if (!src || !this.hooks.loadedFromSrc() || !host.isConnected) return undefined;
    this.refresher = new refresh.Refresher(
      {
        shown: () => this.hooks.loadedFromSrc(),
        apply: (summit, changes) => this.apply(summit, changes),
        failed: (failing) => {
          this.failing = failing;
          host.requestUpdate();
        },
      },
      src,
      { format: host.format, feedTimeZone: host.feedTimeZone || undefined },
      seconds,
      this.validators,
    );
    return this.refresher;
  }

  private apply(summit: Summit, changes: ProgrammeChanges): void {
    // The summit on show is still the one the changes are from.
    const until = this.hooks.now() + CHANGE_MARK_TIME;
    const { refresh } = this;
    this.changes = refresh.markChanges(this.changes, changes, until, this.hooks.loadedFromSrc());
    this.notice = refresh.announceChanges(changes, this.hooks.favorites(), this.host.language);
    this.hooks.accepted(summit, changes);
  }
}
