import { css } from 'lit';
import { formHostStyles, formStyles } from '../forms/form.styles.js';

/**
 * The shared form look (`src/forms/form.styles.ts`) under the hooks `--gics-newsletter-*`, plus
 * the signup's own spacing and its `inline` layout (email and button on one row).
 */
export const newsletterSignupStyles = [
  formHostStyles('newsletter', '40em'),
  formStyles,
  css`
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
