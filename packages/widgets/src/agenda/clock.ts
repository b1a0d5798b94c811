/**
 * The agenda's clock: the instant "happening now", "jump to now" and the live badges read.
 * A fixed instant (the `now` attribute, for demos and tests) wins when it reads as a date;
 * otherwise the clock reads the time once a minute and re-renders its host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toEpoch } from '@gics/core/agenda';

/** How often the clock reads the time, in milliseconds: badges change by the minute. */
export const CLOCK_TICK = 60_000;

/** The instant the agenda shows as now, ticking by the minute. */
export class Clock implements ReactiveController {
  private time = Date.now();
  private timer?: ReturnType<typeof setInterval>;

  /**
   * @param fixed The fixed instant (ISO 8601), `''` for the real time.
   * @param tick How often to read the time, in milliseconds.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fixed: () => string,
    private readonly tick = CLOCK_TICK,
  ) {
    host.addController(this);
  }

  /** The current instant, in epoch milliseconds. */
  get now(): number {
    const fixed = this.fixed();
    const given = fixed ? toEpoch(fixed) : NaN;
    return Number.isNaN(given) ? this.time : given;
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (this.fixed()) return;
      this.time = Date.now();
      this.host.requestUpdate();
    }, this.tick);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
