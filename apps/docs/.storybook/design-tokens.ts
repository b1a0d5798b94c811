/**
 * The global design tokens of GICS Kit as the docs present them: name, default in the light and
 * dark schemes, and what each one changes, in plain words.
 *
 * The table lives with the widgets (`packages/widgets/src/styles/design-tokens.ts`), which write
 * their `:host` styles from it; the Theming guide, the toolbar's brand themes and the theme tests
 * read it through this module, so the guide documents exactly the tokens the widgets declare.
 */
export {
  DESIGN_TOKENS,
  defaultValue,
  type ColorScheme,
  type ColorTokenName,
  type DesignToken,
  type ThemeProperty,
  type TokenKind,
  type TokenName,
} from '../../../packages/widgets/src/styles/design-tokens.js';
