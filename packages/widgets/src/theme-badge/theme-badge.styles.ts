import { css } from 'lit';

/** The pill itself, shared with the agenda's cards (see `theme-badge-template.ts`). */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    padding: 0 0.6em;
    border: 1px solid var(--gics-theme-badge-border-color, var(--_gics-color-border));
    border-radius: var(--gics-theme-badge-radius, 999px);
    background: var(--gics-theme-badge-background, var(--_gics-color-surface));
    color: var(--gics-theme-badge-color, var(--_gics-color-text));
    font-size: 0.875em;
    line-height: 1.2;
    /* HTML rendered on a server has no CSSOM: its colour comes from \`data-color\`. */
    --_gics-theme-color: attr(data-color type(<color>));
  }

  .swatch {
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--_gics-theme-color);
    /* A ring keeps pale theme colours visible on a pale surface. */
    box-shadow: 0 0 0 1px var(--_gics-color-border);
    flex: none;
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
`;

export const themeBadgeStyles = [
  css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
  `,
  badgeStyles,
];
