import { css } from 'lit';

/**
 * What the elements that load data (the agenda, the practices library, the member directory)
 * share: the `base` part, text and form resets, labelled fields, the count, and the states
 * `renderLoadState` (internal/state-view.ts) and the empty views show. An element lists these
 * before its own styles, which set `--_gics-background` and `--_gics-accent` on `:host`.
 */
export const elementStyles = css`
  /* Visually hidden, read by screen readers. The negative margin keeps its one pixel inside the
     line it ends, so it never widens a narrow page by a pixel. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .base {
    display: grid;
    gap: calc(var(--_gics-space) * 2);
    min-inline-size: 0;
    background: var(--_gics-background);
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .field {
    display: grid;
    gap: calc(var(--_gics-space) * 0.25);
    min-inline-size: 0;
  }

  .field label {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* The practices' and the members' count is the heading of their cards (an h2, its status
     inside), so that the cards' headings do not fall under the filters' heading. */
  .count {
    font-size: inherit;
    font-weight: 600;
  }

  .empty,
  .error {
    display: grid;
    gap: var(--_gics-space);
    justify-items: start;
    padding: calc(var(--_gics-space) * 2);
    border: 1px dashed var(--_gics-color-border);
    border-radius: var(--_gics-radius);
  }

  .error {
    border: 2px solid var(--_gics-color-warning);
  }

  .error-title {
    font-weight: 700;
  }

  .skeleton {
    display: grid;
    gap: var(--_gics-space);
  }

  .bone {
    block-size: 6em;
    border-radius: var(--_gics-radius);
    background: var(--_gics-color-skeleton);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;

/**
 * The filter panel of the agenda and the member directory: a bordered box holding the search
 * box and a grid of selects, each as wide as its column.
 */
export const filterSelectStyles = css`
  .filters {
    display: grid;
    gap: calc(var(--_gics-space) * 1.5);
    padding: calc(var(--_gics-space) * 1.5);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
  }

  input[type='search'],
  select {
    padding: 0 var(--_gics-space);
    max-inline-size: 100%;
  }

  .selects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: var(--_gics-space);
  }

  /* A grid item is as wide as its longest option by default; let the column decide instead,
     or a long option pushes its select over the next one. */
  .selects > * {
    min-inline-size: 0;
  }

  .selects select {
    inline-size: 100%;
  }
`;
