import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GicsElement } from '../internal/gics-element.js';
import { themeBadgeStyles } from './theme-badge.styles.js';
import { themeBadgeTemplate } from './theme-badge-template.js';

/**
 * @summary Shows a summit theme as its name next to a colour dot. The name is always written out,
 * so the colour is never the only way to tell themes apart.
 *
 * @tag gics-theme-badge
 *
 * @slot - Replaces the theme name (for example with a translated or shortened label).
 *
 * @csspart badge - The outer pill.
 * @csspart swatch - The colour dot (decorative, hidden from assistive technology).
 * @csspart label - The theme name.
 *
 * @cssprop --gics-theme-badge-color - Text colour of the badge. Defaults to `--gics-color-text`.
 * @cssprop --gics-theme-badge-border-color - Border colour. Defaults to `--gics-color-border`.
 * @cssprop --gics-theme-badge-background - Background of the pill. Defaults to `--gics-color-surface`.
 * @cssprop --gics-theme-badge-radius - Corner radius of the pill. Defaults to fully rounded.
 */
export class GicsThemeBadge extends GicsElement {
  static override styles: CSSResultGroup = [GicsElement.styles, themeBadgeStyles];

  /** The theme's name, shown as text. */
  @property() name = '';

  /** The theme's colour as a hex value (`#1f5f8b`); anything else falls back to a neutral grey. */
  @property() color = '';

  override render(): TemplateResult {
    return themeBadgeTemplate(html`<slot>${this.name}</slot>`, this.color);
  }
}
