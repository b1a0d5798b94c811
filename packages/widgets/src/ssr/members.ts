/**
 * `<gics-members>` rendered on a server: the member directory's list as HTML with declarative
 * shadow DOM, readable and indexable without JavaScript, hydrated in place when the element's
 * script arrives (render-element.ts says how). The map stays a view the visitor asks for.
 */
import { html, nothing } from 'lit';
import type { Language } from '@gics/core';
import { membersStructuredData } from '@gics/core/structured-data';
import type { Prerendered } from '../internal/inline-data.js';
import { readMembers } from '../members/load.js';
import { GicsMembers } from '../members/members.js';
import {
  defineOnServer,
  RenderError,
  renderHost,
  structuredDataScript,
  stylesText,
  type StylesOption,
} from './render-element.js';

/** How `renderMembers` renders the directory. */
export interface MembersRenderOptions extends StylesOption {
  /** The language of the page it goes into. */
  lang: Language;
  /** Where the element fetches the directory once its script runs. */
  src?: string | undefined;
  /** The host's page for each workshop named in a member's dialog, e.g. `/ateliers/{id}`. */
  workshopHref?: string | undefined;
  /** The host's page for each practice named in a member's dialog. */
  practiceHref?: string | undefined;
  /** Show members' logos and photos from other sites (`allow-remote-images`). */
  allowRemoteImages?: boolean | undefined;
  /** Hide the search box and filters. */
  hideFilters?: boolean | undefined;
  /** The page's address, for the members' links in the structured data. */
  pageUrl?: string | undefined;
}

/**
 * `<gics-members>` showing `input` (a GICS community or summit, or Murmurations profiles) as
 * HTML to paste into a page: every listed member, the schema.org JSON-LD in the light DOM, the
 * directory inline for hydration.
 * @throws {RenderError} when the input is no directory the element can show.
 */
export async function renderMembers(
  input: unknown,
  options: MembersRenderOptions,
): Promise<string> {
  const outcome = await readMembers(input);
  if (!outcome.ok) throw new RenderError('a member directory', outcome.kind, outcome.problems);
  const { community, summit } = outcome;
  defineOnServer('gics-members', GicsMembers);
  const prerendered: Prerendered = {
    data: { community, ...(summit ? { summit } : {}) },
    now: Date.now(),
  };
  const structuredData = membersStructuredData(community, {
    lang: options.lang,
    ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
  });
  const host = html`<gics-members
    lang=${options.lang}
    color-scheme=${options.colorScheme || nothing}
    src=${options.src || nothing}
    workshop-href=${options.workshopHref || nothing}
    practice-href=${options.practiceHref || nothing}
    ?allow-remote-images=${options.allowRemoteImages}
    ?hide-filters=${options.hideFilters}
    structured-data
    .prerendered=${prerendered}
  ></gics-members>`;
  return renderHost(
    'gics-members',
    host,
    prerendered,
    [structuredDataScript(structuredData)],
    options,
  );
}

/** The directory's styles as a style sheet's text, for `stylesheet`. */
export function membersCss(): string {
  return stylesText(GicsMembers);
}
