import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { topicsFromSummit, type NewsletterTopic } from '@gics/core/newsletter';

/**
 * The themes a form offers from a summit or community file (`src`): fetched when `load` is
 * called with a new address (the previous request is aborted), empty until they arrive or when
 * the file cannot be read (the form works without them; `warn` tells the developer why).
 */
export class ThemesController implements ReactiveController {
  /** The file's themes, as `topicsFromSummit` reads them. */
  themes: readonly NewsletterTopic[] = [];

  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly warn: (src: string, error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  /** Reads the themes of `src` (none for `''`). */
  async load(src: string): Promise<void> {
    this.request?.abort();
    this.themes = [];
    this.host.requestUpdate();
    if (!src) return;
    const request = new AbortController();
    this.request = request;
    try {
      const response = await fetch(src, { signal: request.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.themes = topicsFromSummit(await response.json());
      this.host.requestUpdate();
    } catch (error) {
      if (!request.signal.aborted) this.warn(src, error);
    }
  }
}
