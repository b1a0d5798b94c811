/**
 * A search box's text and whether the visitor is typing in it. The list follows every
 * keystroke; the count screen readers hear (and the agenda's page URL, the library's facet
 * counts) wait until typing pauses (`typing` false again after `SEARCH_PAUSE`), so none chatters.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing stops before the search counts as paused, in milliseconds. */
export const SEARCH_PAUSE = 150;

export class SearchBox implements ReactiveController {
  /** What the box holds (ahead of the filters' query while a search is typed). */
  text = '';
  /** Whether the visitor typed within the last `SEARCH_PAUSE` milliseconds. */
  typing = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pause = SEARCH_PAUSE,
  ) {
    host.addController(this);
  }

  /** The visitor typed: `text` is what the box holds now. */
  typed(text: string): void {
    this.text = text;
    this.typing = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.typing = false;
      this.host.requestUpdate();
    }, this.pause);
  }

  /** The box shows `text` (a query read from the URL, or `''` when filters are cleared). */
  reset(text = ''): void {
    clearTimeout(this.timer);
    this.text = text;
    this.typing = false;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
