import { css } from 'lit';

/** `<gics-members>`: the toolbar, filters, cards, groups and states. The map and the dialog bring their own. */
export const membersStyles = css`
  :host {
    display: block;
    container: gics-members / inline-size;
    --_gics-accent: var(--gics-members-accent, var(--_gics-color-primary));
    --_gics-background: var(--gics-members-background, var(--_gics-color-surface));
    --_gics-sticky-top: var(--gics-members-sticky-top, var(--_gics-sticky-offset));
    color: var(--_gics-color-text);
  }

  .base > *,
  .content > * {
    min-inline-size: 0;
  }

  /* Buttons and fields: at least 44 × 44 px, well above WCAG 2.2's 24 × 24 px target size. */
  .toggle,
  .action,
  select,
  input[type='search'] {
    min-block-size: var(--_gics-target);
    min-inline-size: var(--_gics-target);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-background);
  }

  .toggle,
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    padding: 0 calc(var(--_gics-space) * 1.5);
    cursor: pointer;
  }

  .action:hover:not(:disabled),
  .toggle:hover {
    border-color: var(--_gics-accent);
  }

  .action:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .toggle[aria-pressed='true'] {
    border-color: var(--_gics-accent);
    background: var(--_gics-accent);
    color: var(--_gics-background);
    font-weight: 600;
  }

  .toolbar,
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
    align-items: center;
  }

  .filters .action {
    justify-self: start;
  }

  /* On a narrow directory (below 40em) the filters but the search box fold behind their button,
     so that a phone shows the members first; a wide one shows them all and no button. The
     styles decide, not a script: a server's HTML is right at any width. */
  .panel {
    display: contents;
  }

  @container gics-members (width < 40em) {
    [aria-expanded='false'] + .panel {
      display: none;
    }
  }

  @container gics-members (min-width: 40em) {
    .fold {
      display: none;
    }
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: calc(var(--_gics-space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    gap: calc(var(--_gics-space) * 1.25);
    align-items: start;
    min-inline-size: 0;
    padding: calc(var(--_gics-space) * 1.5);
    border: 1px solid var(--_gics-color-border);
    border-inline-start: 4px solid var(--_gics-accent);
    border-radius: var(--_gics-radius);
    background: var(--_gics-color-surface);
    overflow-wrap: break-word;
    break-inside: avoid;
    scroll-margin-block-start: calc(var(--_gics-sticky-top) + 1em);
  }

  .card-body {
    display: grid;
    gap: calc(var(--_gics-space) * 0.5);
    min-inline-size: 0;
  }

  .card-body > * {
    margin: 0;
  }

  .avatar {
    flex: none;
    inline-size: 3em;
    block-size: 3em;
    border-radius: var(--_gics-radius);
    object-fit: cover;
  }

  .name {
    font-size: 1.0625em;
    line-height: 1.3;
  }

  /* The name opens the dialog: a full-width target that reads as a link. */
  /* The name spans the card's width, so a target as tall as its line (24 px at least) is
     large enough; a taller one would centre a one-line name below the card's top edge. */
  .open {
    display: block;
    inline-size: 100%;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_gics-color-primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .kind,
  .place,
  .languages {
    font-size: 0.9375em;
  }

  .kind {
    color: var(--_gics-color-muted);
  }

  .languages .label {
    font-weight: 600;
  }

  .languages .label::after {
    content: ' : ';
  }

  .base[lang='en'] .languages .label::after {
    content: ': ';
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_gics-color-border);
    border-radius: 999px;
    font-size: 0.875em;
  }

  .group {
    display: grid;
    gap: calc(var(--_gics-space) * 1.5);
  }

  .group + .group {
    margin-block-start: calc(var(--_gics-space) * 2);
  }

  .group-heading {
    position: sticky;
    inset-block-start: var(--_gics-sticky-top);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gics-space);
    align-items: baseline;
    padding-block: var(--_gics-space);
    background: var(--_gics-background);
    font-size: 1.25em;
  }

  .group-count {
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_gics-color-muted);
  }

  .content {
    display: grid;
    gap: calc(var(--_gics-space) * 2);
  }

  .more {
    justify-self: center;
  }

  @container gics-members (max-width: 30em) {
    .filters {
      padding: var(--_gics-space);
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
    .more,
    .dialog {
      display: none;
    }

    .group-heading {
      position: static;
      break-after: avoid;
    }

    .open {
      min-block-size: 0;
      color: #000;
      text-decoration: none;
    }
  }

  /* A pre-rendered directory read with JavaScript off: its controls would do nothing. */
  .open-text {
    display: none;
  }

  /* Without scripts, what would do nothing is not offered: a name is text, not a button. */
  @media (scripting: none) {
    .toolbar,
    .filters,
    .more,
    .open {
      display: none;
    }

    .open-text {
      display: inline;
    }
  }
`;
