/**
 * The library's search texts, built while the page is idle after the first screen, a slice at a
 * time (`practiceSearchSteps`), so neither the first paint nor the visitor's first clicks wait
 * for thousands of bodies to be folded, and the first keystroke costs what the others do.
 *
 *   prepare(community) → idle callback (a timer where the browser has none) → a slice until
 *     the idle period runs out → again, until the search is ready
 *   a new community, or the element leaving the page → the slices stop
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { practiceSearchSteps, type PracticeSource } from '@gics/core/community';

/** Longest a slice runs where the browser gives no idle deadline, in milliseconds. */
const SLICE = 8;

export class SearchPreparation implements ReactiveController {
  private cancel?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Prepares the search of `source` in idle slices, stopping any preparation under way. */
  prepare(source: PracticeSource): void {
    this.cancel?.();
    const step = practiceSearchSteps(source);
    let handle: number | ReturnType<typeof setTimeout>;
    const idle = typeof requestIdleCallback === 'function';
    const schedule = () => {
      handle = idle ? requestIdleCallback(slice, { timeout: 2000 }) : setTimeout(() => slice(), 0);
    };
    const slice = (deadline?: IdleDeadline) => {
      const end = performance.now() + SLICE;
      const more =
        deadline && !deadline.didTimeout
          ? () => deadline.timeRemaining() > 1
          : () => performance.now() < end;
      if (!step(more)) schedule();
      else this.cancel = undefined;
    };
    schedule();
    this.cancel = () => (idle ? cancelIdleCallback(handle as number) : clearTimeout(handle));
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
