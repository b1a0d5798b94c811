import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Member, Summit, Theme, Workshop } from '@gics/core/summit';
import { workshopCardMessages } from '../i18n/workshop-card.js';
import { GicsElement } from '../internal/gics-element.js';
import { safeHref } from '../internal/href.js';
import { resolveTimeZone } from '../internal/time-zone.js';
import { badgeStyles } from '../theme-badge/theme-badge.styles.js';
import { cardStyles, workshopCardStyles } from './workshop-card.styles.js';
import { renderWorkshopCard } from './card-template.js';

const EMPTY_THEMES: ReadonlyMap<string, Theme> = new Map();
const EMPTY_MEMBERS: ReadonlyMap<string, Member> = new Map();

/**
 * @summary One workshop as a card: time range, title, theme badges, format, language, room and
 * speakers, in French or English. The same card `<gics-agenda>` shows, usable alone, for
 * example to feature a workshop on a home page.
 *
 * @tag gics-workshop-card
 *
 * @csspart card - The card (`<article>`).
 * @csspart card-time - The time range.
 * @csspart card-link - The title link, when `href` is set.
 * @csspart badge - Each theme badge.
 * @csspart now-tag - The "happening now" tag.
 *
 * @cssprop --gics-workshop-card-background - Card background. Defaults to `--gics-color-surface`.
 * @cssprop --gics-workshop-card-border-color - Card border. Defaults to `--gics-color-border`.
 * @cssprop --gics-workshop-card-link-color - Title link colour. Defaults to `--gics-color-primary`.
 */
export class GicsWorkshopCard extends GicsElement {
  static override styles: CSSResultGroup = [
    GicsElement.styles,
    badgeStyles,
    cardStyles,
    workshopCardStyles,
  ];

  /** The workshop to show (a `Workshop` from `@gics/core`). */
  @property({ attribute: false }) workshop?: Workshop;

  /** The summit it belongs to: its themes, speakers and time zone fill the card. */
  @property({ attribute: false }) summit?: Summit;

  /** `event` (the summit's zone, default), `local` (the visitor's) or an IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** Makes the title a link to this address (`http:`/`https:` or relative only). */
  @property() href = '';

  /** `aria-level` of the title, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Adds a "happening now" tag. */
  @property({ type: Boolean }) now = false;

  override render(): TemplateResult {
    const workshop = this.workshop;
    if (!workshop) return html`${nothing}`;
    const lang = this.language;
    const eventTimeZone = this.summit?.timeZone;
    return html`<div lang=${lang}>
      ${renderWorkshopCard(workshop, {
        lang,
        t: workshopCardMessages[lang],
        timeZone: resolveTimeZone(this.timeZone, eventTimeZone),
        eventTimeZone,
        themes: this.summit
          ? new Map(this.summit.themes.map((theme) => [theme.id, theme]))
          : EMPTY_THEMES,
        members: this.summit
          ? new Map(this.summit.members.map((member) => [member.id, member]))
          : EMPTY_MEMBERS,
        summit: this.summit,
        headingLevel: this.headingLevel,
        href: safeHref(this.href),
        now: this.now,
      })}
    </div>`;
  }
}
