/**
 * Whether an element is narrower than a width, for layouts that change with the element's own
 * width rather than the window's (an element can sit in a sidebar of a wide page). The host
 * renders again when the answer changes, in the next frame: the change of layout it causes
 * changes the size being observed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NarrowController implements ReactiveController {
  /** Whether the host is narrower than the width (false until it has been laid out). */
  narrow = false;
  // Made when the host first connects: a server rendering the host (Lit SSR) has no ResizeObserver.
  private observer?: ResizeObserver;
  private readonly measured = (entries: ResizeObserverEntry[]): void => {
    const width = entries[0]?.contentRect.width ?? Infinity;
    const narrow = width > 0 && width < this.width;
    if (narrow === this.narrow) return;
    requestAnimationFrame(() => {
      this.narrow = narrow;
      this.host.requestUpdate();
    });
  };

  /** @param width The width, in CSS pixels, below which the host is narrow. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly width: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.observer ??= new ResizeObserver(this.measured)).observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
