/**
 * Theme colours. A source colour is kept when it is a hex colour; otherwise themes take the next
 * colour of a fixed palette, each of which has a contrast ratio of at least 4.5:1 against white
 * (WCAG AA for text), so a badge stays legible whichever theme it shows. The agenda always
 * writes the theme's name next to its colour: colour never carries meaning alone.
 */

export const THEME_PALETTE = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#7e22ce',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
  '#c2410c',
  '#334155',
] as const;

/** `#rrggbb` in lower case from `#rgb`, `#rrggbb` or `rrggbb`; `undefined` otherwise. */
export function normalizeHexColor(value: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((digit) => digit + digit).join('')}` : `#${hex}`;
}

/** Hands out palette colours in order, starting again after the last one. */
export class PaletteCursor {
  #next = 0;

  take(): string {
    const color = THEME_PALETTE[this.#next % THEME_PALETTE.length] ?? THEME_PALETTE[0];
    this.#next += 1;
    return color;
  }
}
