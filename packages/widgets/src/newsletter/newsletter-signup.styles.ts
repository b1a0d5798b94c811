import { css } from 'lit';

/**
 * Public hooks (`--gics-newsletter-*`) fall back to the global tokens; private `--_gics-nl-*`
 * variables carry the result. The dark palette swaps variables only, the same way the tokens do.
 */
export const newsletterSignupStyles = css`
  :host {
    --_gics-nl-accent: var(--gics-newsletter-accent, var(--_gics-color-primary));
    --_gics-nl-background: var(--gics-newsletter-background, var(--_gics-color-surface));
    --_gics-nl-error: var(--gics-newsletter-error-color, #b3261e);
    --_gics-nl-success: var(--gics-newsletter-success-color, #1b7f3b);
    display: block;
    max-inline-size: var(--gics-newsletter-max-width, 40em);
    color: var(--_gics-color-text);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --_gics-nl-error: var(--gics-newsletter-error-color-dark, #ffb4ab);
      --_gics-nl-success: var(--gics-newsletter-success-color-dark, #7ee2a8);
    }
  }

  :host([color-scheme='dark']) {
    --_gics-nl-error: var(--gics-newsletter-error-color-dark, #ffb4ab);
    --_gics-nl-success: var(--gics-newsletter-success-color-dark, #7ee2a8);
    color-scheme: dark;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  .base,
  form {
    display: grid;
    gap: calc(var(--_gics-space) * 2);
  }

  .base {
    padding: calc(var(--_gics-space) * 2);
    border-radius: var(--_gics-radius);
    background: var(--_gics-nl-background);
  }

  .field {
    display: grid;
    gap: calc(var(--_gics-space) / 2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field.invalid {
    padding-inline-start: var(--_gics-space);
    border-inline-start: 4px solid var(--_gics-nl-error);
  }

  label,
  legend {
    font-weight: 600;
  }

  legend {
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
    color: var(--_gics-nl-error);
    font-weight: 600;
  }

  input[type='email'],
  input[type='text'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_gics-target);
    padding: 0 calc(var(--_gics-space) * 1.25);
    border: 2px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-nl-background);
    color: inherit;
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_gics-nl-error);
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
    accent-color: var(--_gics-nl-accent);
  }

  .check label {
    padding-block-start: 0.1em;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space) calc(var(--_gics-space) * 3);
  }

  .statement {
    font-size: 0.9em;
  }

  a {
    color: var(--_gics-nl-accent);
    text-underline-offset: 0.15em;
  }

  button {
    justify-self: start;
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    padding: 0 calc(var(--_gics-space) * 2.5);
    border: 2px solid var(--_gics-nl-accent);
    border-radius: var(--_gics-radius);
    background: var(--_gics-nl-accent);
    color: var(--_gics-nl-background);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_gics-nl-accent);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  :focus-visible,
  .box:focus,
  .status:focus {
    outline: 3px solid var(--_gics-nl-accent);
    outline-offset: 2px;
  }

  /* Whatever receives focus (an error summary, a field) stops below a fixed site header. */
  .box,
  .status,
  .field,
  input {
    scroll-margin-block-start: calc(var(--_gics-sticky-offset) + var(--_gics-space));
  }

  .box {
    display: grid;
    gap: var(--_gics-space);
    padding: calc(var(--_gics-space) * 2);
    border: 3px solid var(--_gics-nl-error);
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
    color: var(--_gics-nl-error);
    font-weight: 600;
  }

  .status.filled {
    padding: calc(var(--_gics-space) * 1.5);
    border-inline-start: 4px solid var(--_gics-nl-success);
  }

  .status.sending {
    border-inline-start-color: var(--_gics-color-border);
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
    .box,
    .status.filled {
      border-color: CanvasText;
    }
  }
`;
