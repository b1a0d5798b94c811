/**
 * The agenda's structured data (`structured-data`): the summit on show as schema.org JSON-LD
 * in a `<script type="application/ld+json">` child of the element, in the page's light DOM where
 * search engines read it (they do not read shadow roots). Written after each update that
 * changes the summit, the language or `workshop-href`; removed when turned off. The writer
 * (`@gics/core/structured-data`) arrives on demand, so pages without it do not fetch it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language, Summit } from '@gics/core/summit';
import { workshopHref } from './cards.js';

/** What the structured data is made from, as the element has it after an update. */
export interface StructuredDataSource {
  enabled: boolean;
  summit: Summit | undefined;
  lang: Language;
  hrefTemplate: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class StructuredData implements ReactiveController {
  private written: readonly unknown[] = [];

  constructor(
    private readonly host: Host,
    private readonly source: () => StructuredDataSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { enabled, summit, lang, hrefTemplate } = this.source();
    if (!enabled || !summit) {
      this.script()?.remove();
      this.written = [];
      return;
    }
    const key = [summit, lang, hrefTemplate];
    if (key.every((part, index) => part === this.written[index])) return;
    this.written = key;
    void import('@gics/core/structured-data').then(({ jsonLdText, summitStructuredData }) => {
      if (this.written !== key) return;
      const page = new URL(location.href);
      page.hash = '';
      const data = summitStructuredData(summit, {
        lang,
        pageUrl: page.href,
        workshopUrl: (workshop) => {
          const href = hrefTemplate ? workshopHref(hrefTemplate, workshop) : undefined;
          return href ? new URL(href, location.href).href : undefined;
        },
      });
      let script = this.script();
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        script.dataset.gicsStructuredData = '';
        this.host.append(script);
      }
      script.textContent = jsonLdText(data);
    });
  }

  private script(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[data-gics-structured-data]');
  }
}
