import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../styles/tokens.js';
import { themeBadgeStyles } from './theme-badge.styles.js';

/** Used when a theme has no colour, or one that is not a CSS colour we accept. */
const NEUTRAL_COLOR = '#8c959f';
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

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
 * @cssprop --gics-theme-badge-radius - Corner radius of the pill. Defaults to fully rounded.
 */
export class GicsThemeBadge extends LitElement {
  static override styles: CSSResultGroup = [tokens, themeBadgeStyles];

  /** The theme's name, shown as text. */
  @property() name = '';

  /** The theme's colour as a hex value (`#1f5f8b`); anything else falls back to a neutral grey. */
  @property() color = '';

  /** Forces the light or dark palette; by default the visitor's `prefers-color-scheme` decides. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  override render(): TemplateResult {
    const swatchColor = HEX_COLOR.test(this.color) ? this.color : NEUTRAL_COLOR;
    return html`<span part="badge" class="badge" style="--_gics-theme-color: ${swatchColor}"
      ><span part="swatch" class="swatch" aria-hidden="true"></span
      ><span part="label"><slot>${this.name}</slot></span></span
    >`;
  }
}
