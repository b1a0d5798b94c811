/**
 * The workshop detail dialog's content and styles, loaded the first time a visitor opens a
 * workshop (see `modules.ts`), so an agenda's first paint does not
 * carry them, nor the Markdown rendering of summaries and descriptions (`markdown.ts`).
 *
 * The dialog reads: title and subtitle, the facts (when, room, format, language, themes), the
 * summary then the description (both Markdown), the workshop's links, its speakers, then the
 * favourite, page and calendar actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTimeRange, workshopRoom } from '@gics/core/agenda';
import { googleCalendarUrl, outlookCalendarUrl } from '@gics/core/calendar';
import {
  localize,
  type Language,
  type Member,
  type Summit,
  type Theme,
  type Workshop,
} from '@gics/core/summit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { agendaDetailMessages } from '../i18n/agenda-detail.js';
import { dialogStyles } from '../internal/dialog.styles.js';
import { languageFact } from '../internal/language-name.js';
import { renderLinkItems, renderMarkdown } from '../markdown/markdown.js';

export interface DetailContext {
  t: AgendaMessages;
  lang: Language;
  summit: Summit;
  /** The zone times are shown in. */
  timeZone: string;
  /** The summit's themes and members by id, which the workshop's ids name. */
  themes: ReadonlyMap<string, Theme>;
  members: ReadonlyMap<string, Member>;
  favorite: boolean;
  /** The workshop's own page, already checked to be a safe link. */
  page: string | undefined;
  badge: (name: string, color: string | undefined) => TemplateResult;
  close: () => void;
  toggleFavorite: () => void;
  download: () => void;
  /** Whether the last calendar download failed: a notice says so under the calendar actions. */
  downloadFailed: boolean;
}

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

/** The dialog's styles (its frame, then its own), adopted by the agenda's shadow root when this module arrives. */
export const detailStyles =
  dialogStyles +
  css`
    .dialog > .subtitle {
      margin-block-start: calc(var(--_gics-space) * 0.5);
      font-size: 1.125em;
    }

    .description,
    .abstract {
      display: grid;
      gap: var(--_gics-space);
      overflow-wrap: anywhere;
    }

    .description :is(p, ul, ol) {
      margin: 0;
    }

    .description :is(ul, ol) {
      padding-inline-start: 1.5em;
    }

    .description code {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-size: 0.9em;
    }

    .links {
      margin: 0;
      padding-inline-start: 1.5em;
      overflow-wrap: anywhere;
    }

    .description a,
    .links a {
      color: var(--_gics-accent);
    }

    .speakers {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .kind {
      color: var(--_gics-color-muted);
    }

    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gics-space);
    }

    .dialog-actions a.action {
      color: var(--_gics-accent);
    }

    .fav-toggle[aria-pressed='true'] {
      border-color: var(--_gics-color-favorite);
      font-weight: 600;
    }

    @container gics-agenda (max-width: 30em) {
      .dialog-actions > * {
        flex: 1 1 100%;
        justify-content: center;
      }
    }
  `;

export function renderWorkshopDetail(workshop: Workshop, context: DetailContext): TemplateResult {
  const { lang, summit } = context;
  // The agenda's words, and the dialog's own, which arrived with this module.
  const t = { ...context.t, ...agendaDetailMessages[lang] };
  const themes = workshop.themeIds
    .map((id) => context.themes.get(id))
    .filter((theme): theme is Theme => theme !== undefined);
  const speakers = workshop.speakerIds
    .map((id) => context.members.get(id))
    .filter((member): member is Member => member !== undefined);
  const title = localize(workshop.title, lang);
  const subtitle = localize(workshop.subtitle, lang);
  const summary = localize(workshop.summary, lang);
  const description = localize(workshop.description, lang);
  const room = localize(workshopRoom(workshop, summit)?.name, lang);
  // The source's own name for the session type says more than "Other".
  const format =
    (workshop.format === 'other' && localize(workshop.formatLabel, lang)) ||
    t.formats[workshop.format];
  const markdown = { newTab: t.newTab };
  // The page is one of the actions below; the list gives the others.
  const links = workshop.links.filter((link) => link.url !== context.page);
  const external = (href: string, label: string) =>
    html`<a class="action" href=${href} target="_blank" rel="noopener noreferrer"
      >${label}<span class="vh"> ${t.newTab}</span></a
    >`;
  const fact = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<div class="dialog-head">
      <h2 id="dialog-title">${title}</h2>
      <button type="button" class="close" @click=${context.close}>
        <span aria-hidden="true">×</span><span class="vh">${t.close}</span>
      </button>
    </div>
    ${subtitle ? html`<p class="subtitle">${subtitle}</p>` : nothing}
    <dl class="facts">
      ${fact(
        t.when,
        formatDateTimeRange(workshop.start, workshop.end, {
          lang,
          timeZone: context.timeZone,
          eventTimeZone: summit.timeZone,
        }),
      )}
      ${room ? fact(t.room, room) : nothing} ${fact(t.format, format)}
      ${workshop.language ? fact(t.language, languageFact(workshop.language, lang, t)) : nothing}
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
    </dl>
    ${
      summary || description
        ? html`<div class="description">
            ${summary ? html`<div class="abstract">${renderMarkdown(summary, markdown)}</div>` : nothing}
            ${description && description !== summary ? renderMarkdown(description, markdown) : nothing}
          </div>`
        : nothing
    }
    ${
      links.length
        ? html`<h3>${t.links}</h3>
            <ul class="links">
              ${renderLinkItems(links, lang, markdown)}
            </ul>`
        : nothing
    }
    ${
      speakers.length
        ? html`<h3>${t.speakers}</h3>
            <ul class="speakers" role="list">
              ${speakers.map(
                (member) =>
                  html`<li>
                    <strong>${member.name}</strong>${
                      member.organisation ? html`, ${member.organisation}` : nothing
                    }
                    ${member.kind ? html`<span class="kind">(${t.memberKinds[member.kind]})</span>` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <div class="dialog-actions">
      <button
        type="button"
        class="action fav-toggle"
        aria-pressed=${context.favorite ? 'true' : 'false'}
        @click=${context.toggleFavorite}
      >
        <span aria-hidden="true">${context.favorite ? '★' : '☆'}</span> ${t.save}<span class="vh"
          >${lang === 'fr' ? '\u00a0: ' : ': '}${title}</span
        >
      </button>
      ${context.page ? external(context.page, t.workshopPage) : nothing}
    </div>
    <h3>${t.addToCalendar}</h3>
    <div class="dialog-actions">
      <button type="button" class="action" @click=${context.download}>${t.downloadIcs}</button>
      ${external(googleCalendarUrl(workshop, { lang, summit }), t.google)}
      ${external(outlookCalendarUrl(workshop, { lang, summit }), t.outlook)}
    </div>
    ${context.downloadFailed ? html`<p class="notice" role="alert">${t.downloadFailed}</p>` : nothing}`;
}
