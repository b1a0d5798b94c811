/**
 * The agenda's live updates as its first load holds them: what its view reads of them (the marks
 * of a refresh, its notice, a failing refresh) and when they start. Their code (live-updates.ts)
 * arrives with the refresher (refresh.ts), once a summit loaded from `src` is shown by an agenda
 * with `refresh`, or when `checkForUpdates()` asks: an agenda that never refreshes never loads it.
 */
import type { ReactiveController } from 'lit';
import type { LiveUpdates, LiveUpdatesHooks, LiveUpdatesHost } from './live-updates.js';
import type { Validators } from './load.js';
import { loadRefresh } from './modules.js';
import { NO_CHANGES, type ChangeMarks } from './view-model.js';

export class Live implements ReactiveController {
  /** The live updates themselves, once arrived (they then follow the host on their own). */
  private running?: LiveUpdates;
  /** What identifies the version shown, handed to the live updates when they arrive. */
  private validators?: Validators;

  constructor(
    private readonly host: LiveUpdatesHost,
    private readonly hooks: LiveUpdatesHooks,
  ) {
    host.addController(this);
  }

  /** What refreshes changed: marks on cards, workshops taken out. */
  get changes(): ChangeMarks {
    return this.running?.changes ?? NO_CHANGES;
  }

  /** What the last refresh changed, in words ('' before any). */
  get notice(): string {
    return this.running?.notice ?? '';
  }

  /** Whether the last try failed. */
  get failing(): boolean {
    return this.running?.failing ?? false;
  }

  hostConnected(): void {
    // Once arrived, the live updates follow the host on their own.
    if (!this.running) this.sync();
  }

  /** A summit was loaded (from `src` or not): see `LiveUpdates.loaded`. */
  loaded(validators: Validators | undefined): void {
    this.validators = validators;
    if (this.running) this.running.loaded(validators);
    else this.sync();
  }

  /** Starts, restarts or stops refreshing, as `refresh`, `src` and the page say. */
  sync(): void {
    if (this.running) this.running.sync();
    else if (this.host.refresh > 0 && this.host.isConnected && this.hooks.loadedFromSrc()) {
      void this.start();
    }
  }

  /** Asks the server now, as a refresh does; resolves once the answer is dealt with. */
  async checkNow(): Promise<void> {
    await (await this.start())?.checkNow();
  }

  /** The live updates, loaded and started once. */
  private async start(): Promise<LiveUpdates | undefined> {
    if (this.running) return this.running;
    let refresh: Awaited<ReturnType<typeof loadRefresh>>;
    try {
      refresh = await loadRefresh();
    } catch {
      return undefined; // asked for again next time
    }
    this.running ??= new refresh.LiveUpdates(this.host, this.hooks, refresh, this.validators);
    return this.running;
  }
}
