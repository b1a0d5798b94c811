/**
 * The member dialog's content and styles, loaded the first time a visitor opens a member (see
 * `modules.ts`), so a directory's first paint carries neither them nor the Markdown rendering
 * of bios (`markdown.ts`).
 *
 * The dialog reads: name, kind and organisation, the facts (place, languages, keywords), the bio
 * (Markdown), the member's site and links, the workshops they lead (linked into the host's agenda
 * with `workshop-href`) and the practices they wrote (with `practice-href`, else their own page).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Language, type Member, type Theme } from '@gics/core/summit';
import type { MembersMessages } from '../i18n/members.js';
import { membersDetailMessages } from '../i18n/members-detail.js';
import { dialogStyles } from '../internal/dialog.styles.js';
import { hrefFromTemplate, safeHref } from '../internal/href.js';
import { languageName } from '../internal/language-name.js';
import { renderLink, renderLinkItems, renderMarkdown } from '../markdown/markdown.js';
import type { MembersData } from './load.js';
import { imageSource, placeOf } from './place.js';

export interface DetailContext {
  t: MembersMessages;
  lang: Language;
  data: MembersData;
  themes: ReadonlyMap<string, Theme>;
  allowRemoteImages: boolean;
  workshopHref: string;
  practiceHref: string;
  close: () => void;
}

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

/** The dialog's styles (its frame, then its own), adopted by the element's shadow root when this module arrives. */
export const detailStyles =
  dialogStyles +
  css`
    .dialog-head > div {
      flex: 1;
      min-inline-size: 0;
    }

    .dialog h2 {
      overflow-wrap: anywhere;
    }

    .dialog .kind {
      color: var(--_gics-color-muted);
    }

    .dialog .avatar {
      inline-size: 4em;
      block-size: 4em;
    }

    .bio {
      display: grid;
      gap: var(--_gics-space);
      overflow-wrap: anywhere;
    }

    .bio :is(p, ul, ol) {
      margin: 0;
    }

    .related {
      display: grid;
      gap: calc(var(--_gics-space) * 0.5);
      margin: 0;
      padding-inline-start: 1.25em;
      overflow-wrap: anywhere;
    }

    .related a {
      color: var(--_gics-color-primary);
    }
  `;

function fact(label: string, value: unknown): TemplateResult {
  return html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The dialog's content for `member`. */
export function renderMemberDetail(member: Member, context: DetailContext): TemplateResult {
  const { lang, data } = context;
  // The directory's words, and the dialog's own, which arrived with this module.
  const t = { ...context.t, ...membersDetailMessages[lang] };
  const markdown = { newTab: t.newTab };
  const image = imageSource(member.image, context.allowRemoteImages);
  const kind = member.kind ? t.memberKinds[member.kind] : '';
  const subtitle = [kind, member.organisation].filter(Boolean).join(' · ');
  const place = placeOf(member, lang);
  const site = safeHref(member.url);
  const links = member.links.filter((link) => safeHref(link.url) && link.url !== member.url);
  const workshops = (data.summit?.workshops ?? []).filter((workshop) =>
    workshop.speakerIds.includes(member.id),
  );
  const practices = data.community.practices.filter((practice) =>
    practice.authorIds.includes(member.id),
  );
  return html`<div class="dialog-head">
      ${image ? html`<img class="avatar" src=${image} alt="" />` : nothing}
      <div>
        <h2 id="dialog-title">${member.name}</h2>
        ${subtitle ? html`<p class="kind">${subtitle}</p>` : nothing}
      </div>
      <button type="button" class="close" aria-label=${t.close} @click=${context.close} autofocus>
        ×
      </button>
    </div>
    ${
      place || member.languages.length || member.tags.length
        ? html`<dl class="facts">
            ${place ? fact(t.place, place) : nothing}
            ${
              member.languages.length
                ? fact(t.speaks, member.languages.map((tag) => languageName(tag, lang)).join(', '))
                : nothing
            }
            ${member.tags.length ? fact(t.tags, member.tags.join(', ')) : nothing}
          </dl>`
        : nothing
    }
    ${
      member.bio
        ? html`<div class="bio">${renderMarkdown(localize(member.bio, lang), markdown)}</div>`
        : nothing
    }
    ${
      site || links.length
        ? html`<h3>${t.links}</h3>
            <ul class="related">
              ${site ? html`<li>${renderLink(site, t.website, markdown)}</li>` : nothing}
              ${renderLinkItems(links, lang, markdown)}
            </ul>`
        : nothing
    }
    ${
      workshops.length
        ? html`<h3>${t.workshops}</h3>
            <ul class="related">
              ${workshops.map((workshop) => {
                const title = localize(workshop.title, lang);
                const href = hrefFromTemplate(context.workshopHref, workshop.id);
                return html`<li>${href ? html`<a href=${href}>${title}</a>` : title}</li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      practices.length
        ? html`<h3>${t.practices}</h3>
            <ul class="related">
              ${practices.map((practice) => {
                const title = localize(practice.title, lang);
                const href = hrefFromTemplate(context.practiceHref, practice.id);
                const own = safeHref(practice.url);
                const content = href
                  ? html`<a href=${href}>${title}</a>`
                  : own
                    ? renderLink(own, title, markdown)
                    : title;
                return html`<li>${content}</li>`;
              })}
            </ul>`
        : nothing
    }`;
}
