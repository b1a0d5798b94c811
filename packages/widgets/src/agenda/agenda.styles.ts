import { css } from 'lit';

export const agendaStyles = css`
  :host {
    display: block;
    container: gics-agenda / inline-size;
    --_gics-accent: var(--gics-agenda-accent, var(--_gics-color-primary));
    --_gics-background: var(--gics-agenda-background, var(--_gics-color-surface));
    --_gics-sticky-top: var(--gics-agenda-sticky-top, var(--_gics-sticky-offset));
    /* What sticky parts paint: the agenda's background over its opaque surface, so whatever
       scrolls beneath them stays hidden even when the background is see-through. */
    --_gics-sticky-fill: linear-gradient(var(--_gics-background) 0 0) var(--_gics-color-surface);
    color: var(--_gics-color-text);
  }

  /* Each part is as wide as the agenda, never as wide as its longest word or row of buttons:
     those wrap instead of pushing a phone's page sideways at large text sizes. */
  .base > *,
  .content > *,
  .day > *,
  .slot > *,
  .cards > li {
    min-inline-size: 0;
  }

  /* Buttons and fields: at least 44 × 44 px, well above WCAG 2.2's 24 × 24 px target size. */
  .toggle,
  .action,
  .chip,
  [role='tab'],
  select,
  input[type='search'] {
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-background);
  }

  .toggle,
  .action,
  [role='tab'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    /* A label that wraps on a phone keeps some room above and below its lines. */
    padding: calc(var(--_gics-space) * 0.5) calc(var(--_gics-space) * 1.5);
    cursor: pointer;
    text-decoration: none;
  }

  .action:hover,
  .toggle:hover,
  [role='tab']:hover {
    border-color: var(--_gics-accent);
  }

  .toggle[aria-pressed='true'],
  [role='tab'][aria-selected='true'] {
    border-color: var(--_gics-accent);
    background: var(--_gics-accent);
    color: var(--_gics-background);
    font-weight: 600;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space) calc(var(--_gics-space) * 2);
    align-items: end;
  }

  .segmented,
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gics-space) * 0.5);
  }

  .group-label {
    flex-basis: 100%;
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Outlined in the button's own text colour, never filled with it: the text colour may be the
     page's \`currentColor\`, which a filled pill would resolve against its own text. */
  .pill {
    min-inline-size: 1.5em;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.875em;
    text-align: center;
  }

  .chip {
    padding: 0 calc(var(--_gics-space) * 0.5);
    cursor: pointer;
  }

  .chip .badge {
    border-color: transparent;
    background: none;
  }

  .chip[aria-pressed='true'] {
    border: 2px solid var(--_gics-accent);
    font-weight: 600;
  }

  /* Pressed is not shown by colour alone: a check mark appears. */
  .chip[aria-pressed='true'] .badge-label::before {
    content: '✓ ';
    /* The check mark is decoration: aria-pressed already says the chip is on. */
    content: '✓ ' / '';
  }

  /* Where slots stack (a narrow agenda, below 40em), the filters but the search box fold
     behind their button, so that a phone shows the programme first; a wide agenda shows them
     all and no button (below). The styles decide, not a script: a server's HTML is right at
     any width. */
  .fold {
    justify-self: start;
  }

  .panel {
    display: contents;
  }

  @container gics-agenda (width < 40em) {
    [aria-expanded='false'] + .panel {
      display: none;
    }
  }

  /* Always there, so that screen readers hear what a refresh changed; takes no room empty. */
  .update:empty {
    margin: 0;
  }

  .notice {
    font-size: 0.875em;
    color: var(--_gics-color-muted);
  }

  .day {
    display: grid;
    gap: calc(var(--_gics-space) * 1.5);
  }

  .day + .day {
    margin-block-start: calc(var(--_gics-space) * 3);
  }

  /* Sticky under the page's own fixed header, if it has one (--gics-sticky-offset). */
  .day-heading {
    position: sticky;
    inset-block-start: var(--_gics-sticky-top);
    z-index: 2;
    /* The spacing unit at the agenda's font size, not the heading's larger one. */
    padding-block: calc(var(--_gics-space) / 1.375);
    border-block-end: 2px solid var(--_gics-accent);
    background: var(--_gics-sticky-fill);
    font-size: 1.375em;
    line-height: 1.2;
  }

  .day-heading::first-letter {
    text-transform: uppercase;
  }

  .slot {
    display: grid;
    gap: var(--_gics-space);
    /* Slots off screen skip style, layout and paint until they near the viewport: a long
       programme lays out a screenful, not every card. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }

  .more {
    display: block;
    margin: calc(var(--_gics-space) * 2) auto 0;
  }

  .slot-heading {
    font-size: 1em;
    color: var(--_gics-color-muted);
    font-variant-numeric: tabular-nums;
  }

  /* The workshops of a slot share the width: one takes all of it, so no empty column sits
     beside a slot with few workshops. */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_gics-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .cards > li {
    display: grid;
  }

  /* What scrolls into view ("jump to now", the card a closed dialog gives focus back to) stops
     below the page's fixed header and the sticky day heading, which is about 3em tall. */
  .card {
    scroll-margin-block-start: calc(var(--_gics-sticky-top) + 3.5em);
  }

  .card :is(a, button) {
    scroll-margin-block-start: calc(var(--_gics-sticky-top) + 6em);
  }

  /* In the grid, the room names stick at the top and the times at the start. */
  .grid .card,
  .grid .card :is(a, button) {
    scroll-margin-inline-start: 5em;
  }

  /* Set apart from the first day below it as the days are from one another. */
  .mine-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: calc(var(--_gics-space) * 3);
  }

  .conflict-summary {
    color: var(--_gics-color-warning);
    font-weight: 600;
  }

  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_gics-accent);
  }

  @container gics-agenda (max-width: 30em) {
    .filters {
      padding: var(--_gics-space);
    }
  }

  /* Wide agendas read as a printed programme: each slot a row, its time on the left and its
     workshops beside it. */
  @container gics-agenda (min-width: 40em) {
    .fold {
      display: none;
    }

    .slot {
      grid-template-columns: 7.5em minmax(0, 1fr);
      column-gap: calc(var(--_gics-space) * 2);
      align-items: start;
    }

    .slot-heading {
      /* Level with the first line of the cards beside it. */
      padding-block-start: calc(var(--_gics-space) * 1.5);
    }
  }

  @media print {
    :host {
      color: #000;
      --_gics-background: #fff;
      --_gics-color-surface: #fff;
      --_gics-color-text: #000;
      --_gics-color-muted: #333;
      --_gics-color-border: #999;
    }

    .toolbar,
    .filters,
    .count,
    .notice,
    .fav,
    .mine-actions button,
    .more,
    .dialog {
      display: none;
    }

    .slot {
      content-visibility: visible;
    }

    .day-heading {
      position: static;
    }

    .card {
      break-inside: avoid;
    }

    .card-time,
    .card-title {
      padding-inline-end: 0;
    }

    .title-button,
    .card-title a {
      color: #000;
      text-decoration: none;
    }

    .day {
      break-before: auto;
    }

    .day-heading {
      break-after: avoid;
    }
  }

  /* A pre-rendered agenda read with JavaScript off: its controls would do nothing. */
  .title-text {
    display: none;
  }

  /* Without scripts, what would do nothing is not offered: a title is text, not a button. */
  @media (scripting: none) {
    .toolbar,
    .filters,
    .fav,
    .more,
    .title-button {
      display: none;
    }

    .title-text {
      display: inline;
    }
  }
`;
