import { css } from 'lit';

/**
 * The library: a search bar, the filters beside the cards on wide screens (above them, folded
 * behind a button, on small ones: `.narrow`, set from the element's own width), a grid of cards,
 * and a print stylesheet that prints the cards, or the open practice alone.
 */
export const practicesStyles = css`
  :host {
    display: block;
    container: gics-practices / inline-size;
    --_gics-accent: var(--gics-practices-accent, var(--_gics-color-primary));
    --_gics-background: var(--gics-practices-background, var(--_gics-color-surface));
    color: var(--_gics-color-text);
  }

  /* Each part is as wide as the library, never as wide as its longest word. */
  .base > *,
  .layout > *,
  .results > *,
  .cards > li {
    min-inline-size: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_gics-accent);
    outline-offset: 2px;
  }

  /* Buttons and fields: at least 44 × 44 px, well above WCAG 2.2's 24 × 24 px target size. */
  .action,
  select,
  input[type='search'] {
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-background);
  }

  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0 calc(var(--_gics-space) * 1.5);
    cursor: pointer;
    text-decoration: none;
  }

  .action:hover {
    border-color: var(--_gics-accent);
  }

  .search-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space) calc(var(--_gics-space) * 2);
    align-items: end;
  }

  .field.search {
    flex: 1 1 16em;
  }

  .field.sort {
    flex: 0 1 14em;
  }

  input[type='search'],
  select {
    inline-size: 100%;
    padding: 0 var(--_gics-space);
  }

  .layout {
    display: grid;
    gap: calc(var(--_gics-space) * 2);
    align-items: start;
  }

  /* The filters beside the cards from the width where the element stops folding them
     (NARROW in practices.ts): decided here, so the first paint already has the layout. */
  @container gics-practices (min-width: 640px) {
    .layout:has(> .filters) {
      grid-template-columns: minmax(12em, 17em) minmax(0, 1fr);
    }
  }

  .results {
    display: grid;
    gap: calc(var(--_gics-space) * 1.5);
  }

  .filters {
    display: grid;
    gap: var(--_gics-space);
  }

  .filters-heading {
    font-size: 1em;
  }

  .panel {
    display: grid;
    gap: calc(var(--_gics-space) * 1.5);
  }

  .panel[hidden] {
    display: none;
  }

  .narrow .panel {
    padding: calc(var(--_gics-space) * 1.5);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
  }

  .panel-toggle {
    justify-self: start;
  }

  .facet {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .facet legend {
    padding: 0;
    margin-block-end: calc(var(--_gics-space) * 0.25);
    font-weight: 600;
  }

  .facet ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .facet li {
    display: flex;
    align-items: center;
    gap: var(--_gics-space);
  }

  .facet label {
    display: flex;
    flex: 1;
    gap: var(--_gics-space);
    align-items: center;
    justify-content: space-between;
    /* The whole row is the checkbox's target. */
    min-block-size: var(--_gics-target);
    cursor: pointer;
  }

  .facet-count {
    color: var(--_gics-color-muted);
    font-variant-numeric: tabular-nums;
  }

  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_gics-accent);
  }

  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gics-space);
  }

  .panel-actions:empty {
    display: none;
  }

  .apply {
    border-color: var(--_gics-accent);
    background: var(--_gics-accent);
    color: var(--_gics-background);
    font-weight: 600;
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--gics-practices-card-width, 18em)), 1fr)
    );
    gap: var(--_gics-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .cards > li {
    display: grid;
    /* Cards off screen skip style, layout and paint until they near the viewport. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }

  .card {
    display: grid;
    align-content: start;
    gap: calc(var(--_gics-space) * 0.75);
    padding: calc(var(--_gics-space) * 1.5);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-color-surface);
    overflow-wrap: break-word;
    break-inside: avoid;
  }

  .card-title {
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .card-title a {
    color: var(--_gics-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 1px;
  }

  .card-themes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card-authors .author-place,
  .card-meta {
    color: var(--_gics-color-muted);
  }

  /* The date and the languages, set apart as the authors are: the dot stands in the gap before
     the languages, and when they wrap to a line of their own it lands outside the box and is
     clipped, so no line starts with a dot. */
  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_gics-space) * 2);
    overflow: hidden;
    font-size: 0.875em;
  }

  .card-meta time + span::before {
    content: '·';
    content: '·' / '';
    display: inline-block;
    inline-size: calc(var(--_gics-space) * 2);
    margin-inline-start: calc(var(--_gics-space) * -2);
    text-align: center;
  }

  .author-name {
    font-weight: 600;
  }

  .more {
    justify-self: center;
  }

  @media print {
    :host {
      color: #000;
      --_gics-background: #fff;
      --_gics-accent: #000;
      --_gics-color-surface: #fff;
      --_gics-color-text: #000;
      --_gics-color-muted: #333;
      --_gics-color-border: #999;
    }

    .search-bar,
    .filters,
    .more,
    .empty button,
    .error button {
      display: none;
    }

    .layout:has(> .filters) {
      grid-template-columns: minmax(0, 1fr) !important;
    }

    .cards > li {
      content-visibility: visible;
    }

    .card-title a {
      text-decoration: none;
    }

    /* With a practice open, the page prints that practice alone. */
    .base:has(dialog[open]) > :not(dialog) {
      display: none;
    }
  }

  /* A pre-rendered library read with JavaScript off: its search and filters would do nothing. */
  @media (scripting: none) {
    .search-bar,
    .filters,
    .more {
      display: none;
    }

    .layout:has(> .filters) {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
