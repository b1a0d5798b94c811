/**
 * An element's structured data (its `structured-data` attribute): what it shows as schema.org
 * JSON-LD in a `<script type="application/ld+json">` child of the element, in the page's light
 * DOM where search engines read it (they do not read shadow roots). Written after each update
 * that changes what it is made from; removed when turned off. The writers
 * (`@gics/core/structured-data`) arrive on demand, so pages without it do not fetch them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Writers from '@gics/core/structured-data';

/** The writers of `@gics/core/structured-data`. */
export type StructuredDataWriters = typeof Writers;

/** What the structured data is made from, as the element has it after an update. */
export interface StructuredDataSource {
  /** Whether to write it (the attribute is on and there is data to describe). */
  enabled: boolean;
  /** What it is made from: written again when one of these is another object or value. */
  key: readonly unknown[];
  /** The JSON-LD, made with the writers. */
  make: (writers: StructuredDataWriters) => Writers.JsonLd;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The page the element is on, without its fragment, as an absolute URL. */
export function pageUrl(): string {
  const page = new URL(location.href);
  page.hash = '';
  return page.href;
}

/** `href` (an attribute's relative or absolute link) as an absolute URL; none without one. */
export function absoluteUrl(href: string | undefined): string | undefined {
  return href ? new URL(href, location.href).href : undefined;
}

export class StructuredData implements ReactiveController {
  private written: readonly unknown[] = [];

  constructor(
    private readonly host: Host,
    private readonly source: () => StructuredDataSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { enabled, key, make } = this.source();
    if (!enabled) {
      this.script()?.remove();
      this.written = [];
      return;
    }
    if (key.length === this.written.length && key.every((part, i) => part === this.written[i])) {
      return;
    }
    this.written = key;
    void import('@gics/core/structured-data').then((writers) =>
      // In a task of its own, never the update's: visitors wait for nothing in it, and a
      // programme's is thousands of events long.
      setTimeout(() => {
        if (this.written !== key) return;
        let script = this.script();
        if (!script) {
          script = document.createElement('script');
          script.type = 'application/ld+json';
          script.dataset.gicsStructuredData = '';
          this.host.append(script);
        }
        script.textContent = writers.jsonLdText(make(writers));
      }),
    );
  }

  private script(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[data-gics-structured-data]');
  }
}
