import { css } from 'lit';

/**
 * Global design tokens, declared on every GICS element's host with a fallback so a host page can
 * set them once on `:root` (or any ancestor) and every widget follows. Components read them
 * through their own public hooks, e.g. `var(--gics-theme-badge-color, var(--gics-color-text))`.
 *
 * Sizing: the host's font size is `--gics-font-size`, by default `medium` (the visitor's browser
 * font size, whatever the page does to its root), and every length inside is in `em`, so a
 * theme's `html { font-size: 62.5% }` changes nothing while the visitor's preference still
 * scales the whole element. `--_gics-space` and `--_gics-radius` hold `em` lengths, resolved
 * where they are used: a rule on an element with a smaller font gets a proportionally smaller
 * gap. `--_gics-target` is the side of every button a finger aims at: 44 px at least.
 *
 * Inherited text properties that a theme sets on `body` and that would break the layout
 * (line height, letter and word spacing, capitals, alignment, white space, weight, style) get
 * the elements' own values here; the font family and the colours have tokens instead.
 */
export const tokens = css`
  :host {
    --_gics-color-primary: var(--gics-color-primary, #1f5f8b);
    --_gics-color-text: var(--gics-color-text, #1b1f24);
    --_gics-color-surface: var(--gics-color-surface, #ffffff);
    --_gics-color-muted: var(--gics-color-muted, #57606a);
    --_gics-color-border: var(--gics-color-border, #8c959f);
    --_gics-radius: var(--gics-radius, 0.375em);
    --_gics-space: var(--gics-space, 0.5em);
    --_gics-font-family: var(--gics-font-family, inherit);
    --_gics-font-size: var(--gics-font-size, medium);
    --_gics-line-height: var(--gics-line-height, 1.45);
    --_gics-sticky-offset: var(--gics-sticky-offset, 0px);
    --_gics-target: max(44px, 2.75em);
    --_gics-color-warning: var(--gics-color-warning, #8a4b00);
    --_gics-color-favorite: var(--gics-color-favorite, #8a5a00);
    --_gics-color-skeleton: var(--gics-color-skeleton, #e6e9ed);
    color-scheme: light dark;
    font-family: var(--_gics-font-family);
    font-size: var(--_gics-font-size);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_gics-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      --_gics-color-primary: var(--gics-color-primary-dark, #8cc8f2);
      --_gics-color-text: var(--gics-color-text-dark, #e6edf3);
      --_gics-color-surface: var(--gics-color-surface-dark, #161b22);
      --_gics-color-muted: var(--gics-color-muted-dark, #9da7b3);
      --_gics-color-border: var(--gics-color-border-dark, #6e7681);
      --_gics-color-warning: var(--gics-color-warning-dark, #f0b46b);
      --_gics-color-favorite: var(--gics-color-favorite-dark, #e3b341);
      --_gics-color-skeleton: var(--gics-color-skeleton-dark, #2d333b);
    }
  }

  :host([color-scheme='dark']) {
    --_gics-color-primary: var(--gics-color-primary-dark, #8cc8f2);
    --_gics-color-text: var(--gics-color-text-dark, #e6edf3);
    --_gics-color-surface: var(--gics-color-surface-dark, #161b22);
    --_gics-color-muted: var(--gics-color-muted-dark, #9da7b3);
    --_gics-color-border: var(--gics-color-border-dark, #6e7681);
    --_gics-color-warning: var(--gics-color-warning-dark, #f0b46b);
    --_gics-color-favorite: var(--gics-color-favorite-dark, #e3b341);
    --_gics-color-skeleton: var(--gics-color-skeleton-dark, #2d333b);
  }

  :host([hidden]) {
    display: none !important;
  }
`;
