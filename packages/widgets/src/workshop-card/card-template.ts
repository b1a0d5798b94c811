/**
 * A workshop card's markup, shared by `<gics-workshop-card>` and `<gics-agenda>`. The agenda
 * renders its cards with this function inside its own shadow root instead of creating one
 * element (and shadow root) per workshop: a thousand workshops then cost a thousand template
 * instances, not a thousand components, which keeps the first render and each search
 * keystroke within budget. Everything from the data goes in as text; the summary is Markdown
 * and shows as its plain text (`markdownToPlainText`), the marks left out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatTimeRange, workshopRoom, type RoomSource } from '@gics/core/agenda';
import { localize, type Language, type Member, type Theme, type Workshop } from '@gics/core/summit';
import type { WorkshopCardMessages } from '../i18n/workshop-card.js';
import { languageFact } from '../internal/language-name.js';
import { plainSummary } from '../internal/plain-text.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';

/** What a card needs besides the workshop. */
export interface CardContext {
  lang: Language;
  /** The card's words (the agenda passes its own messages, which include them). */
  t: WorkshopCardMessages;
  /** Zone the times are shown in. */
  timeZone: string;
  /** The summit's zone; when it differs from `timeZone`, times name their zone. */
  eventTimeZone: string | undefined;
  themes: ReadonlyMap<string, Theme>;
  members: ReadonlyMap<string, Member>;
  /** The summit's listed rooms, which a workshop's `roomId` names. */
  summit?: RoomSource;
  /** `aria-level` of the title. */
  headingLevel: number;
  /** The title links here (the host's page for the workshop). */
  href?: string;
  /** The title is a button that opens the agenda's dialog. */
  opens?: boolean;
  /** Whether the star is on; no star when `undefined`. */
  favorite?: boolean;
  /** Marked as happening now. */
  now?: boolean;
  /** A conflict written in words (my agenda). */
  conflict?: string;
  /** What a refresh of the programme changed about it, in words ("Moved (previously 10:00–11:00 a.m.)"). */
  mark?: string;
}

/**
 * Whether a room's name already says it is a room (« Salle Érable », "Birch Room", "Ballroom"),
 * so the label a screen reader hears before it (« Salle », "Room") would only repeat it.
 */
function namesItself(room: string, label: string, lang: Language): boolean {
  return room.toLocaleLowerCase(lang).includes(label.toLocaleLowerCase(lang));
}

export function speakerNames(workshop: Workshop, members: ReadonlyMap<string, Member>): string[] {
  const names: string[] = [];
  for (const id of workshop.speakerIds) {
    const member = members.get(id);
    if (member) names.push(member.name);
  }
  return names;
}

/**
 * The tags after a card's time (happening now, cancelled, what a refresh changed), in one part
 * of the card's template: most cards have none, and every part is work for each card rendered
 * or hydrated, and markers in pre-rendered HTML.
 */
function timeTags(context: CardContext, cancelled: boolean): TemplateResult | typeof nothing {
  const { t, now, mark } = context;
  if (!now && !cancelled && !mark) return nothing;
  const nowTag = now
    ? html`<span part="now-tag" class="now-tag">${t.happeningNow}</span>`
    : nothing;
  const cancelledTag = cancelled
    ? html`<span part="cancelled-tag" class="cancelled-tag">${t.cancelled}</span>`
    : nothing;
  const changeTag = mark
    ? html`<span part="change-tag" class="change-tag">${mark}</span>`
    : nothing;
  return html`${nowTag} ${cancelledTag} ${changeTag}`;
}

export function renderWorkshopCard(workshop: Workshop, context: CardContext): TemplateResult {
  const { lang, t } = context;
  const cancelled = workshop.status === 'cancelled';
  const title = localize(workshop.title, lang);
  const titleId = `title-${workshop.id}`;
  // Workshops of a slot share their times: `formatTimeRange` formats each range once.
  const time = formatTimeRange(workshop.start, workshop.end, context);
  const room = localize(workshopRoom(workshop, context.summit)?.name, lang);
  // Said before the room's name unless the name says it already. No white space around the
  // name in its item: the dot before each fact sits right against it.
  const roomLabel =
    room && !namesItself(room, t.room, lang) ? html`<span class="vh">${t.room} </span>` : nothing;
  const speakers = speakerNames(workshop, context.members);
  const themes = workshop.themeIds
    .map((id) => context.themes.get(id))
    .filter((theme): theme is Theme => theme !== undefined);
  const markdown = localize(workshop.summary, lang);
  const summary = plainSummary(markdown);
  // The source's own name for the session type says more than "Other".
  const format =
    (workshop.format === 'other' && localize(workshop.formatLabel, lang)) ||
    t.formats[workshop.format];
  return html`<article
    part="card"
    class="card${context.now ? ' is-now' : ''}${context.conflict ? ' has-conflict' : ''}${
      cancelled ? ' is-cancelled' : ''
    }"
    data-id=${workshop.id}
    aria-labelledby=${titleId}
  >
    <p class="card-time">
      <span part="card-time">${time}</span>
      ${timeTags(context, cancelled)}
    </p>
    <div role="heading" aria-level=${context.headingLevel} class="card-title" id=${titleId}>
      ${
        context.href
          ? html`<a part="card-link" href=${context.href}>${title}</a>`
          : context.opens
            ? // The title as text too: what a page without the script shows (the agenda's
              // styles), where a button would do nothing.
              html`<button
                  part="card-link"
                  type="button"
                  class="title-button"
                  data-open=${workshop.id}
                  aria-haspopup="dialog"
                >
                  ${title}</button
                ><span class="title-text">${title}</span>`
            : title
      }
    </div>
    ${summary ? html`<p class="card-summary">${summary}</p>` : nothing}
    ${
      themes.length
        ? html`<ul class="card-themes" role="list">
            ${themes.map(
              (theme) =>
                html`<li>${themeBadgeTemplate(localize(theme.name, lang), theme.color)}</li>`,
            )}
          </ul>`
        : nothing
    }
    <ul class="card-facts" role="list">
      <li>${format}</li>
      ${workshop.language ? html`<li>${languageFact(workshop.language, lang, t)}</li>` : nothing}
      ${room ? html`<li>${roomLabel}${room}</li>` : nothing}
    </ul>
    ${
      speakers.length
        ? html`<p class="card-speakers">
            <span class="vh">${t.speakers} </span>${speakers.join(', ')}
          </p>`
        : nothing
    }
    ${
      context.conflict
        ? html`<p part="conflict" class="conflict">
            <span aria-hidden="true">⚠</span> ${context.conflict}
          </p>`
        : nothing
    }
    ${
      context.favorite === undefined
        ? nothing
        : html`<button
            part="favorite-button"
            type="button"
            class="fav"
            data-favorite=${workshop.id}
            aria-pressed=${context.favorite ? 'true' : 'false'}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="star">
              <path
                d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
              ></path></svg
            ><span class="vh">${t.favorite(title)}</span>
          </button>`
    }
  </article>`;
}
