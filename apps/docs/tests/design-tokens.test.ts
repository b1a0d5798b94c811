/**
 * The Theming guide, the toolbar and the brand themes describe the global tokens from
 * `.storybook/design-tokens.ts`, which is the widgets' token table. These tests read the CSS the
 * widgets ship (`packages/widgets/src/styles/tokens.ts`, written from that table) and fail when
 * it declares another token or another default than the docs show, in either scheme.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DESIGN_TOKENS } from '../.storybook/design-tokens.js';

const source = readFileSync(
  fileURLToPath(new URL('../../../packages/widgets/src/styles/tokens.ts', import.meta.url)),
  'utf8',
);

/** Every `--_gics-…: var(--gics-…, default)` declaration in the widgets' tokens, in order. */
const declared = [
  ...source.matchAll(/--_gics-[a-z0-9-]+:\s*var\((--gics-[a-z0-9-]+),\s*([^)]+?)\s*\)/g),
].map(([, name, fallback]) => ({ name: name!, fallback: fallback! }));

function defaultsOf(name: string): string[] {
  return [
    ...new Set(declared.filter((entry) => entry.name === name).map((entry) => entry.fallback)),
  ];
}

describe('the documented design tokens', () => {
  it('are exactly the tokens the widgets declare', () => {
    const names = new Set(declared.map((entry) => entry.name.replace(/-dark$/, '')));
    expect(DESIGN_TOKENS.map((token) => token.name).sort()).toEqual([...names].sort());
  });

  it.each(DESIGN_TOKENS.map((token) => [token.name, token] as const))(
    '%s has the default the widgets use, in both schemes',
    (name, token) => {
      // A token that follows the page (the text colour) has that default too, while no scheme
      // is forced; the dark defaults appear for the page's dark scheme and `color-scheme="dark"`.
      const following = 'following' in token ? [token.following] : [];
      expect(new Set(defaultsOf(name))).toEqual(new Set([token.light, ...following]));
      const dark = 'dark' in token ? [token.dark, ...following] : [];
      expect(new Set(defaultsOf(`${name}-dark`))).toEqual(new Set(dark));
    },
  );

  it('say what each token changes', () => {
    for (const token of DESIGN_TOKENS) expect(token.use.length).toBeGreaterThan(20);
  });
});
