/**
 * The grid view's styles: they arrive with the view (grid-view.ts) and the agenda adopts
 * them into its shadow root then, after `agenda.styles.ts`, whose rules they follow in the
 * cascade (sizes in the agenda's em, as there).
 */

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

export const gridStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
  }

  [role='tab']::first-letter {
    text-transform: uppercase;
  }

  .grid-panel {
    display: grid;
    gap: var(--_gics-space);
    min-inline-size: 0;
  }

  .grid-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space) calc(var(--_gics-space) * 2);
    align-items: center;
  }

  .grid-options ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid-options summary,
  .grid-options label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_gics-target);
    cursor: pointer;
  }

  .grid-scroll {
    overflow: auto;
    max-block-size: var(--gics-agenda-grid-height, 80vh);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    overscroll-behavior-inline: contain;
  }

  .grid {
    display: grid;
    grid-template-columns:
      4.5em
      repeat(var(--_gics-grid-columns), minmax(var(--gics-agenda-grid-column-width, 14em), 1fr));
    grid-template-rows: auto repeat(var(--_gics-grid-rows), minmax(2.5em, auto));
    /* No gaps: the cells pad their cards instead, so the sticky time column and room row tile
       without a seam and hide every card that scrolls beneath them. */
    gap: 0;
    /* Rooms share the width when they fit; when they do not, each keeps the column width and
       the grid scrolls sideways (max-content columns would be as wide as each room's longest
       title on one line). */
    inline-size: fit-content;
    min-inline-size: 100%;
  }

  :host([compact]) .grid {
    grid-template-columns:
      4em
      repeat(var(--_gics-grid-columns), minmax(var(--gics-agenda-grid-column-width, 10em), 1fr));
  }

  /* Compact keeps every text at 14 px or more: it drops lines and padding, not font size. */
  :host([compact]) .grid .card {
    gap: 0.25em;
    padding: 0.4em;
  }

  :host([compact]) .grid .card-title {
    font-size: 1em;
  }

  .grid .card-summary,
  :host([compact]) .grid .card-speakers,
  :host([compact]) .grid .card-facts {
    display: none;
  }

  .grid-corner,
  .grid-room,
  .grid-time {
    position: sticky;
    background: var(--_gics-sticky-fill);
    font-weight: 600;
    font-size: 0.875em;
    padding: calc(var(--_gics-space) * 0.5);
  }

  .grid-corner {
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 3;
    grid-row: 1;
    grid-column: 1;
  }

  .grid-room {
    inset-block-start: 0;
    z-index: 2;
    grid-row: 1;
    border-block-end: 2px solid var(--_gics-accent);
  }

  .grid-time {
    inset-inline-start: 0;
    z-index: 1;
    grid-column: 1;
    border-inline-end: 1px solid var(--_gics-color-border);
    font-variant-numeric: tabular-nums;
  }

  .grid-cell {
    display: grid;
    min-inline-size: 0;
    padding: calc(var(--_gics-space) * 0.25);
  }

  /* A pre-rendered grid holds every day (grid-view.ts): with scripts, the tabs choose one and
     the others stay hidden from the first paint; without, no tab works, so each day shows under
     its heading, the page scrolling rather than the grid, and the options that need scripts go. */
  .grid-day-heading,
  .other-day {
    display: none;
  }

  @media (scripting: none) {
    .tabs,
    .grid-options {
      display: none;
    }

    .grid-day-heading {
      display: block;
    }

    .other-day {
      display: grid;
    }

    .grid-scroll {
      max-block-size: none;
    }
  }

  /* Too narrow for rooms side by side. With scripts the list replaces the grid (agenda.ts); a
     pre-rendered grid read without them, or in the moment before its script takes it over,
     stacks its cells in time order instead (the order they are drawn in), each card saying its
     own time and room, so a phone scrolls down, not sideways (the width where the filters
     fold, agenda.styles.ts). */
  @container gics-agenda (width < 40em) {
    .grid {
      display: flex;
      flex-direction: column;
      inline-size: auto;
      min-inline-size: 0;
    }

    .grid-corner,
    .grid-room,
    .grid-time {
      display: none;
    }

    .grid-scroll {
      overflow: visible;
      max-block-size: none;
      border: none;
    }

    .grid-cell {
      padding-inline: 0;
    }
  }

  @media print {
    .grid-options {
      display: none;
    }

    .grid-room,
    .grid-time,
    .grid-corner {
      position: static;
    }

    .grid-scroll {
      overflow: visible;
      max-block-size: none;
    }
  }
`;
