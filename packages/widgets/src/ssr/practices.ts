/**
 * `<gics-practices>` rendered on a server: the whole library of practices as HTML with
 * declarative shadow DOM, readable and indexable without JavaScript, hydrated in place when
 * the element's script arrives (render-element.ts says how).
 */
import { html, nothing } from 'lit';
import type { Language } from '@gics/core';
import type { PracticeSort } from '@gics/core/community';
import { practicesStructuredData } from '@gics/core/structured-data';
import type { Prerendered } from '../internal/inline-data.js';
import { readCommunity } from '../practices/load.js';
import { GicsPractices } from '../practices/practices.js';
import {
  defineOnServer,
  recordPage,
  RenderError,
  renderHost,
  structuredDataScript,
  stylesText,
  type StylesOption,
} from './render-element.js';

/** How `renderPractices` renders the library. */
export interface PracticesRenderOptions extends StylesOption {
  /** The language of the page it goes into. */
  lang: Language;
  /** Where the element fetches the community once its script runs. */
  src?: string | undefined;
  /** The order of the practices: `newest` (default) or the element's other sorts. */
  sort?: PracticeSort | undefined;
  /** The host's page for each practice, e.g. `/pratiques/{id}`, instead of the dialog. */
  practiceHref?: string | undefined;
  /** The page's address, for the practices' links in the structured data. */
  pageUrl?: string | undefined;
}

/**
 * `<gics-practices>` showing `input` (a GICS community, or a summit and its practices) as HTML
 * to paste into a page: every practice, the schema.org JSON-LD in the light DOM, the community
 * inline for hydration.
 * @throws {RenderError} when the input is no community the library can show.
 */
export async function renderPractices(
  input: unknown,
  options: PracticesRenderOptions,
): Promise<string> {
  const outcome = await readCommunity(input);
  if (!outcome.ok) throw new RenderError('a library of practices', outcome.kind, outcome.problems);
  const { community } = outcome;
  defineOnServer('gics-practices', GicsPractices);
  const prerendered: Prerendered = { data: community, now: Date.now() };
  const structuredData = practicesStructuredData(community, {
    lang: options.lang,
    ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
    entryUrl: (practice) => recordPage(options.practiceHref, practice.id, options.pageUrl),
  });
  const host = html`<gics-practices
    lang=${options.lang}
    color-scheme=${options.colorScheme || nothing}
    src=${options.src || nothing}
    sort=${options.sort || nothing}
    practice-href=${options.practiceHref || nothing}
    structured-data
    .prerendered=${prerendered}
  ></gics-practices>`;
  return renderHost(
    'gics-practices',
    host,
    prerendered,
    [structuredDataScript(structuredData)],
    options,
  );
}

/** The library's styles as a style sheet's text, for `stylesheet`. */
export function practicesCss(): string {
  return stylesText(GicsPractices);
}
