import { css } from 'lit';
import { formStyles } from '../forms/form.styles.js';

/**
 * The shared form look (`src/forms/form.styles.ts`) under the hooks `--gics-practice-form-*`,
 * plus the practice form's own parts: groups of fields, text areas, link rows and the preview.
 */
export const practiceFormStyles = [
  formStyles,
  css`
    :host {
      --_gics-form-accent: var(--gics-practice-form-accent, var(--_gics-color-primary));
      --_gics-form-background: var(--gics-practice-form-background, var(--_gics-color-surface));
      --_gics-form-error: var(--gics-practice-form-error-color, #b3261e);
      --_gics-form-error-dark: var(--gics-practice-form-error-color-dark, #ffb4ab);
      --_gics-form-success: var(--gics-practice-form-success-color, #1b7f3b);
      --_gics-form-success-dark: var(--gics-practice-form-success-color-dark, #7ee2a8);
      max-inline-size: var(--gics-practice-form-max-width, 44em);
    }

    .base,
    form,
    .group {
      display: grid;
      gap: calc(var(--_gics-space) * 2.5);
    }

    /* A fieldset's legend sits in its border, so groups are set apart by space alone. */
    .group + .group {
      margin-block-start: calc(var(--_gics-space) * 2);
    }

    .group > legend {
      padding: 0;
      margin-block-end: calc(var(--_gics-space) * 2);
      font-size: 1.2em;
      font-weight: 700;
    }

    .link-row.invalid {
      padding-inline-start: var(--_gics-space);
      border-inline-start: 4px solid var(--_gics-form-error);
    }

    textarea {
      padding-block: var(--_gics-space);
      line-height: 1.5;
      resize: vertical;
    }

    /* Above the controls' own borders, whatever their selector. */
    [aria-invalid='true'] {
      border-color: var(--_gics-form-error) !important;
    }

    .links {
      gap: var(--_gics-space);
    }

    .link-row {
      display: grid;
      gap: calc(var(--_gics-space) / 2);
    }

    .link-name {
      padding: 0;
      font-weight: 600;
      color: var(--_gics-color-muted);
    }

    .link-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
      gap: var(--_gics-space);
    }

    .link-fields label {
      font-weight: normal;
    }

    .preview-button {
      margin-block-start: calc(var(--_gics-space) / 2);
    }

    .preview {
      padding: calc(var(--_gics-space) * 1.5) calc(var(--_gics-space) * 2);
      border: 2px dashed var(--_gics-color-border);
      border-radius: var(--_gics-radius);
      overflow-wrap: anywhere;
    }

    .preview[hidden] {
      display: none;
    }

    .preview-title {
      margin: 0 0 var(--_gics-space);
      font-weight: 700;
      color: var(--_gics-color-muted);
    }

    .preview-body > :first-child {
      margin-block-start: 0;
    }

    .preview-body > :last-child {
      margin-block-end: 0;
    }

    .preview code {
      font-family: ui-monospace, monospace;
    }

    @media (forced-colors: active) {
      .link-row.invalid {
        border-color: CanvasText;
      }
    }
  `,
];
