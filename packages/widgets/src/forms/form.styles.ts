import { css } from 'lit';

/**
 * What every GICS form looks like, for the templates of `fields.ts`, `feedback.ts` and
 * `anti-bot.ts`: fields on a grid, errors marked by a bar at the start of the field (and by
 * more than colour: the message and its prefix), controls at least `--_gics-target` tall, the
 * error summary and fault boxes, the status region, and the visually hidden text.
 *
 * An element's own sheet comes after this one and sets the private colours from its public
 * hooks (`--gics-<element>-accent`…), with the token or our default as fallback:
 * `--_gics-form-accent`, `--_gics-form-background`, `--_gics-form-error` and
 * `--_gics-form-success` for the light scheme, `--_gics-form-error-dark` and
 * `--_gics-form-success-dark` for the dark one, which this sheet swaps in (variables only, the
 * same way the tokens do).
 */
export const formStyles = css`
  :host {
    display: block;
    color: var(--_gics-color-text);
  }

  /* Two rules, not one list: a browser without custom states drops a list holding \`:state()\`. */
  :host(:state(dark):not([color-scheme])) {
    --_gics-form-error: var(--_gics-form-error-dark);
    --_gics-form-success: var(--_gics-form-success-dark);
  }

  :host([color-scheme='dark']) {
    --_gics-form-error: var(--_gics-form-error-dark);
    --_gics-form-success: var(--_gics-form-success-dark);
    color-scheme: dark;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  .base {
    padding: calc(var(--_gics-space) * 2);
    border-radius: var(--_gics-radius);
    background: var(--_gics-form-background);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field {
    display: grid;
    gap: calc(var(--_gics-space) / 2);
    min-inline-size: 0;
  }

  .field.invalid {
    padding-inline-start: var(--_gics-space);
    border-inline-start: 4px solid var(--_gics-form-error);
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
    color: var(--_gics-form-error);
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
    background: var(--_gics-form-background);
    color: inherit;
    font: inherit;
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
    accent-color: var(--_gics-form-accent);
  }

  .check label {
    padding-block-start: 0.1em;
  }

  .statement {
    font-size: 0.9em;
  }

  a {
    color: var(--_gics-form-accent);
    text-underline-offset: 0.15em;
  }

  button {
    justify-self: start;
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    padding: 0 calc(var(--_gics-space) * 2.5);
    border: 2px solid var(--_gics-form-accent);
    border-radius: var(--_gics-radius);
    background: var(--_gics-form-accent);
    color: var(--_gics-form-background);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_gics-form-accent);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  :focus-visible,
  .box:focus,
  .status:focus {
    outline: 3px solid var(--_gics-form-accent);
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
    border: 3px solid var(--_gics-form-error);
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
    color: var(--_gics-form-error);
    font-weight: 600;
  }

  .status.filled {
    padding: calc(var(--_gics-space) * 1.5);
    border-inline-start: 4px solid var(--_gics-form-success);
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
    .box,
    .status.filled {
      border-color: CanvasText;
    }
  }
`;
