import { css } from 'lit';
import { formStyles } from '../forms/form.styles.js';

/**
 * The shared form look (`src/forms/form.styles.ts`) under the hooks `--gics-newsletter-*`, plus
 * the signup's own spacing and its `inline` layout (email and button on one row).
 */
export const newsletterSignupStyles = [
  formStyles,
  css`
    :host {
      --_gics-form-accent: var(--gics-newsletter-accent, var(--_gics-color-primary));
      --_gics-form-background: var(--gics-newsletter-background, var(--_gics-color-surface));
      --_gics-form-error: var(--gics-newsletter-error-color, #b3261e);
      --_gics-form-error-dark: var(--gics-newsletter-error-color-dark, #ffb4ab);
      --_gics-form-success: var(--gics-newsletter-success-color, #1b7f3b);
      --_gics-form-success-dark: var(--gics-newsletter-success-color-dark, #7ee2a8);
      max-inline-size: var(--gics-newsletter-max-width, 40em);
    }

    .base,
    form {
      display: grid;
      gap: calc(var(--_gics-space) * 2);
    }

    input[aria-invalid='true'] {
      border-color: var(--_gics-form-error);
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_gics-space);
    }

    .row .field {
      flex: 1 1 16em;
    }

    .row button {
      flex: none;
    }
  `,
];
