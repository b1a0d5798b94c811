import { GicsThemeBadge } from '../theme-badge/theme-badge.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-theme-badge', GicsThemeBadge);

declare global {
  interface HTMLElementTagNameMap {
    'gics-theme-badge': GicsThemeBadge;
  }
}

export { GicsThemeBadge };
