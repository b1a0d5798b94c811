/**
 * A practice's detail dialog: its content and styles, loaded the first time a visitor opens a
 * practice (see `modules.ts`), so the library's first paint carries neither them nor the
 * Markdown rendering of the body (`markdown.ts`).
 *
 * The dialog reads: the title, the facts (themes, date shared and revised, languages, keywords),
 * the summary then the body (both Markdown, never HTML), the practice's links, its authors, the
 * related practices (those sharing a theme, the most themes in common first), then "copy link",
 * "print" and the practice's own page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { practiceAuthors, practiceDate } from '@gics/core/community';
import { localize, type Language, type Member, type Practice, type Theme } from '@gics/core/summit';
import type { PracticesMessages } from '../i18n/practices.js';
import { practicesDetailMessages } from '../i18n/practices-detail.js';
import { dialogStyles } from '../internal/dialog.styles.js';
import { safeHref } from '../internal/href.js';
import { renderLink, renderLinkItems, renderMarkdown } from '../markdown/markdown.js';
import { authorPlace, formatDate, languageNames } from './format.js';

/** Related practices a dialog lists at most. */
export const RELATED_LIMIT = 4;

export interface DetailContext {
  t: PracticesMessages;
  lang: Language;
  practices: readonly Practice[];
  themes: ReadonlyMap<string, Theme>;
  members: ReadonlyMap<string, Member>;
  badge: (name: string, color: string | undefined) => TemplateResult;
  /** What "copy link" said, when it was pressed. */
  copied: { ok: boolean; url: string } | undefined;
  close: () => void;
  copyLink: () => void;
  print: () => void;
  openRelated: (event: Event, id: string) => void;
}

/**
 * The practices sharing a theme with `practice`: the most themes in common first, then the
 * newest; `practice` itself left out.
 */
export function relatedPractices(
  practice: Practice,
  practices: readonly Practice[],
  limit = RELATED_LIMIT,
): Practice[] {
  if (practice.themeIds.length === 0) return [];
  const themes = new Set(practice.themeIds);
  const scored: Array<{ practice: Practice; shared: number; date: string }> = [];
  for (const other of practices) {
    if (other === practice || other.id === practice.id) continue;
    let shared = 0;
    for (const id of other.themeIds) if (themes.has(id)) shared += 1;
    if (shared > 0) scored.push({ practice: other, shared, date: practiceDate(other) ?? '' });
  }
  scored.sort((a, b) => b.shared - a.shared || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return scored.slice(0, limit).map((entry) => entry.practice);
}

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

/** The dialog's styles (its frame, then its own), adopted by the library's shadow root when this module arrives. */
export const detailStyles =
  dialogStyles +
  css`
    .dialog {
      inline-size: min(44em, calc(100vw - 2em));
    }

    .dialog h2 {
      overflow-wrap: anywhere;
    }

    .facts div {
      gap: calc(var(--_gics-space) * 0.5) var(--_gics-space);
      align-items: center;
    }

    .facts dt::after {
      content: '\a0:';
    }

    .facts dd {
      overflow-wrap: anywhere;
    }

    .body {
      display: grid;
      gap: var(--_gics-space);
      overflow-wrap: anywhere;
    }

    .body :is(p, ul, ol) {
      margin: 0;
    }

    .body :is(ul, ol) {
      padding-inline-start: 1.5em;
    }

    .body .abstract {
      font-weight: 600;
    }

    .body code {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-size: 0.9em;
    }

    .links,
    .related {
      margin: 0;
      padding-inline-start: 1.5em;
      overflow-wrap: anywhere;
    }

    .related li + li,
    .links li + li {
      margin-block-start: calc(var(--_gics-space) * 0.5);
    }

    .dialog a {
      color: var(--_gics-accent);
    }

    .authors {
      display: grid;
      gap: calc(var(--_gics-space) * 0.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .kind,
    .place {
      color: var(--_gics-color-muted);
    }

    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gics-space);
      align-items: center;
    }

    .copied {
      flex-basis: 100%;
      overflow-wrap: anywhere;
    }

    @container gics-practices (max-width: 30em) {
      .dialog-actions > .action {
        flex: 1 1 100%;
        justify-content: center;
      }
    }

    @media print {
      .dialog {
        position: static;
        inline-size: auto;
        max-block-size: none;
        padding: 0;
        border: 0;
        overflow: visible;
      }

      .dialog::backdrop {
        display: none;
      }

      .close,
      .dialog-actions {
        display: none;
      }
    }
  `;

/** The open practice's detail: the dialog's content. */
export function renderPracticeDetail(practice: Practice, context: DetailContext): TemplateResult {
  const { lang } = context;
  // The library's words, and the dialog's own, which arrived with this module.
  const t = { ...context.t, ...practicesDetailMessages[lang] };
  const themes = practice.themeIds
    .map((id) => context.themes.get(id))
    .filter((theme): theme is Theme => theme !== undefined);
  const authors = practiceAuthors(practice, context.members);
  const related = relatedPractices(practice, context.practices);
  const title = localize(practice.title, lang);
  const summary = localize(practice.summary, lang);
  const body = localize(practice.body, lang);
  const page = safeHref(practice.url);
  const markdown = { newTab: t.newTab };
  const fact = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  // Each row is a term and its value alone ("Shared: March 3, 2026"), never the card's phrases
  // ("Shared March 3, 2026"), which would repeat the term.
  const date = (value: string) => html`<time datetime=${value}>${formatDate(value, lang)}</time>`;
  const revised = practice.updated && practice.updated !== practice.date ? practice.updated : '';
  return html`<div class="dialog-head">
      <h2 id="dialog-title" tabindex="-1">${title}</h2>
      <button type="button" class="close" @click=${context.close}>
        <span aria-hidden="true">×</span><span class="vh">${t.close}</span>
      </button>
    </div>
    <dl class="facts">
      ${
        themes.length
          ? fact(
              t.themes,
              html`<ul class="badges" role="list">
                ${themes.map(
                  (theme) =>
                    html`<li>${context.badge(localize(theme.name, lang), theme.color)}</li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${practice.date ? fact(t.sharedOn, date(practice.date)) : nothing}
      ${revised ? fact(t.updatedOn, date(revised)) : nothing}
      ${
        practice.languages.length
          ? fact(t.languages, languageNames(practice.languages, lang, t))
          : nothing
      }
      ${practice.tags.length ? fact(t.tags, practice.tags.join(', ')) : nothing}
    </dl>
    ${
      summary || body
        ? html`<div class="body">
            ${summary ? html`<div class="abstract">${renderMarkdown(summary, markdown)}</div>` : nothing}
            ${body && body !== summary ? renderMarkdown(body, markdown) : nothing}
          </div>`
        : nothing
    }
    ${
      practice.links.length
        ? html`<h3>${t.links}</h3>
            <ul class="links">
              ${renderLinkItems(practice.links, lang, markdown)}
            </ul>`
        : nothing
    }
    ${
      authors.length
        ? html`<h3>${t.authors}</h3>
            <ul class="authors" role="list">
              ${authors.map((author) => {
                const place = authorPlace(author, lang);
                const site = safeHref(author.url);
                return html`<li>
                  <strong>${site ? renderLink(site, author.name, markdown) : author.name}</strong
                  >${place ? html`<span class="place">, ${place}</span>` : nothing}
                  ${author.kind ? html`<span class="kind">(${t.memberKinds[author.kind]})</span>` : nothing}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      related.length
        ? html`<h3>${t.related}</h3>
            <ul class="related">
              ${related.map(
                (other) =>
                  html`<li>
                    <a
                      href="#practice-${encodeURIComponent(other.id)}"
                      @click=${(event: Event) => context.openRelated(event, other.id)}
                      >${localize(other.title, lang)}</a
                    >
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <div class="dialog-actions">
      <button type="button" class="action" @click=${context.copyLink}>${t.copyLink}</button>
      <button type="button" class="action" @click=${context.print}>${t.print}</button>
      ${
        page
          ? html`<a class="action" href=${page} target="_blank" rel="noopener noreferrer"
              >${t.practicePage}<span class="vh"> ${t.newTab}</span></a
            >`
          : nothing
      }
      <p class="copied" role="status">
        ${
          context.copied
            ? context.copied.ok
              ? t.linkCopied
              : html`${t.copyFailed} <span class="copied-url">${context.copied.url}</span>`
            : nothing
        }
      </p>
    </div>`;
}
