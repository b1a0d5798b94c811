import { css } from 'lit';

/** Cards, shared by `<gics-workshop-card>` and the agenda's list and grid. */
export const cardStyles = css`
  /* As the elements' own (element.styles.ts): the margin keeps its pixel inside the line. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .card {
    position: relative;
    display: grid;
    gap: calc(var(--_gics-space) * 0.75);
    padding: calc(var(--_gics-space) * 1.5);
    border: 1px solid var(--gics-workshop-card-border-color, var(--_gics-color-border));
    border-inline-start: 4px solid var(--_gics-card-accent, var(--_gics-color-border));
    border-radius: var(--_gics-radius);
    background: var(--gics-workshop-card-background, var(--_gics-color-surface));
    color: var(--_gics-color-text);
    /* A long word (a URL, a German compound) wraps rather than widening a narrow card. */
    overflow-wrap: break-word;
    break-inside: avoid;
  }

  .card > * {
    margin: 0;
  }

  .card.is-now {
    --_gics-card-accent: var(--_gics-color-primary);
    box-shadow: 0 0 0 1px var(--_gics-color-primary);
  }

  .card-time {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gics-space);
    color: var(--_gics-color-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .now-tag {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_gics-color-primary);
    color: var(--_gics-color-surface);
    font-weight: 600;
  }

  .cancelled-tag,
  .change-tag {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }

  .cancelled-tag {
    color: var(--_gics-color-warning);
  }

  .change-tag {
    color: var(--_gics-color-primary);
  }

  /* The tag says it in words; the struck title only repeats it for the eye. */
  .is-cancelled .card-title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }

  /* The star sits in the card's top corner, beside the time and the title: they leave it room,
     and the lines below them have the card's whole width. */
  .card-time,
  .card-title {
    padding-inline-end: var(--_gics-target);
  }

  .card-title {
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.3;
  }

  .card-title a,
  .title-button {
    color: var(--gics-workshop-card-link-color, var(--_gics-color-primary));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 1px;
  }

  .title-button {
    display: inline;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .card-title a:hover,
  .title-button:hover {
    text-decoration-thickness: 2px;
  }

  .card-summary {
    /* A readable measure, even when a card spans a wide agenda's row. */
    max-inline-size: 70ch;
    color: var(--_gics-color-text);
  }

  .card-themes,
  .card-facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5) var(--_gics-space);
    padding: 0;
    list-style: none;
  }

  /* Each fact's separator stands in the gap before it. The one before the first fact of a line
     lands outside the list's box and is clipped, so a wrapped line never starts with a dot (as
     it did in narrow grid columns and on phones). */
  .card-facts {
    column-gap: calc(var(--_gics-space) * 2);
    overflow: hidden;
    color: var(--_gics-color-muted);
    font-size: 0.875em;
  }

  .card-facts li::before {
    content: '·';
    /* Decoration: the facts are list items already. */
    content: '·' / '';
    display: inline-block;
    inline-size: calc(var(--_gics-space) * 2);
    margin-inline-start: calc(var(--_gics-space) * -2);
    text-align: center;
  }

  .card-speakers {
    font-size: 0.875em;
  }

  .conflict {
    padding: calc(var(--_gics-space) * 0.5) var(--_gics-space);
    border-inline-start: 3px solid currentColor;
    color: var(--_gics-color-warning);
    font-weight: 600;
    font-size: 0.875em;
  }

  .fav {
    position: absolute;
    inset-block-start: calc(var(--_gics-space) * 0.75);
    inset-inline-end: calc(var(--_gics-space) * 0.75);
    display: grid;
    place-items: center;
    inline-size: var(--_gics-target);
    block-size: var(--_gics-target);
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: var(--_gics-color-muted);
    cursor: pointer;
  }

  .fav:hover {
    border-color: var(--_gics-color-border);
  }

  .star {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .fav[aria-pressed='true'] {
    color: var(--gics-agenda-favorite-color, var(--_gics-color-favorite));
  }

  .fav[aria-pressed='true'] .star {
    fill: currentColor;
  }

  :focus-visible {
    outline: 3px solid var(--_gics-color-primary);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .fav[aria-pressed='true'] .star {
      fill: ButtonText;
    }
  }
`;

export const workshopCardStyles = css`
  :host {
    display: block;
  }
`;
