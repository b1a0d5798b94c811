import { css } from 'lit';

/**
 * Public hooks (`--gics-practice-form-*`) fall back to the global tokens; private `--_gics-pf-*`
 * variables carry the result. The dark palette swaps variables only, the same way the tokens do.
 */
export const practiceFormStyles = css`
  :host {
    --_gics-pf-accent: var(--gics-practice-form-accent, var(--_gics-color-primary));
    --_gics-pf-background: var(--gics-practice-form-background, var(--_gics-color-surface));
    --_gics-pf-error: var(--gics-practice-form-error-color, #b3261e);
    --_gics-pf-success: var(--gics-practice-form-success-color, #1b7f3b);
    display: block;
    max-inline-size: var(--gics-practice-form-max-width, 44em);
    color: var(--_gics-color-text);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --_gics-pf-error: var(--gics-practice-form-error-color-dark, #ffb4ab);
      --_gics-pf-success: var(--gics-practice-form-success-color-dark, #7ee2a8);
    }
  }

  :host([color-scheme='dark']) {
    --_gics-pf-error: var(--gics-practice-form-error-color-dark, #ffb4ab);
    --_gics-pf-success: var(--gics-practice-form-success-color-dark, #7ee2a8);
    color-scheme: dark;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  .base,
  form,
  .group {
    display: grid;
    gap: calc(var(--_gics-space) * 2.5);
  }

  .base {
    padding: calc(var(--_gics-space) * 2);
    border-radius: var(--_gics-radius);
    background: var(--_gics-pf-background);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
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

  .field {
    display: grid;
    gap: calc(var(--_gics-space) / 2);
    min-inline-size: 0;
  }

  .field.invalid,
  .link-row.invalid {
    padding-inline-start: var(--_gics-space);
    border-inline-start: 4px solid var(--_gics-pf-error);
  }

  label,
  legend {
    font-weight: 600;
  }

  .field > legend {
    padding: 0;
    margin-block-end: calc(var(--_gics-space) / 2);
  }

  .check label {
    font-weight: normal;
  }

  .hint {
    margin: 0;
    color: var(--_gics-color-muted);
  }

  .error {
    margin: 0;
    color: var(--_gics-pf-error);
    font-weight: 600;
  }

  input:not([type='checkbox'], [type='radio']),
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_gics-target);
    padding: 0 calc(var(--_gics-space) * 1.25);
    border: 2px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-pf-background);
    color: inherit;
    font: inherit;
  }

  textarea {
    padding-block: var(--_gics-space);
    line-height: 1.5;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_gics-pf-error) !important;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space) calc(var(--_gics-space) * 3);
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_gics-space);
    min-block-size: 24px;
  }

  .check input {
    flex: none;
    /* Boxes are sized in the form's em, not the smaller font browsers give form controls. */
    font: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_gics-pf-accent);
  }

  .check label {
    padding-block-start: 0.1em;
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

  .statement {
    font-size: 0.9em;
  }

  a {
    color: var(--_gics-pf-accent);
    text-underline-offset: 0.15em;
  }

  button {
    justify-self: start;
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    padding: 0 calc(var(--_gics-space) * 2.5);
    border: 2px solid var(--_gics-pf-accent);
    border-radius: var(--_gics-radius);
    background: var(--_gics-pf-accent);
    color: var(--_gics-pf-background);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_gics-pf-accent);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  :focus-visible,
  .box:focus,
  .status:focus {
    outline: 3px solid var(--_gics-pf-accent);
    outline-offset: 2px;
  }

  /* Whatever receives focus (an error summary, a field) stops below a fixed site header. */
  .box,
  .status,
  .field,
  input,
  textarea,
  select {
    scroll-margin-block-start: calc(var(--_gics-sticky-offset) + var(--_gics-space));
  }

  .box {
    display: grid;
    gap: var(--_gics-space);
    padding: calc(var(--_gics-space) * 2);
    border: 3px solid var(--_gics-pf-error);
    border-radius: var(--_gics-radius);
  }

  .box p,
  .box ul {
    margin: 0;
  }

  .box ul {
    padding-inline-start: 1.25em;
  }

  .title {
    font-weight: 700;
    font-size: 1.1em;
  }

  .summary a {
    color: var(--_gics-pf-error);
    font-weight: 600;
  }

  .status.filled {
    padding: calc(var(--_gics-space) * 1.5);
    border-inline-start: 4px solid var(--_gics-pf-success);
  }

  .status.sending {
    border-inline-start-color: var(--_gics-color-border);
  }

  .vh,
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .field.invalid,
    .link-row.invalid,
    .box,
    .status.filled {
      border-color: CanvasText;
    }
  }
`;
