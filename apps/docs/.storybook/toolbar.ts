/**
 * The toolbar's language, colour scheme and brand theme, and the decorator that applies them.
 *
 *   toolbar (globals) → decorator → <docs-story-root lang scheme style="--gics-…">
 *     language → `lang` on the root: widgets without their own `lang` follow the nearest
 *                ancestor's, so they switch; a story's own `lang` arg still wins. On a switch
 *                the root asks each widget to re-render, keeping what the visitor typed.
 *     scheme   → `color-scheme` on every GICS element in the story that has none of its own
 *                (a story's explicit `color-scheme` wins), and the theme's surface colour as the
 *                page background, so axe measures contrast against what a visitor would see.
 *     brand    → global custom properties only (`--gics-color-primary`, `…-dark`, `--gics-radius`…)
 *                on the root; the widgets inherit them through their shadow roots.
 *
 * A story can pin any of these with `globals: { colorScheme: 'dark' }`.
 */
import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import {
  BRAND_THEMES,
  BRAND_THEME_IDS,
  isBrandThemeId,
  resolvedPalette,
  themeStyle,
  type BrandThemeId,
} from './brand-themes.js';
import type { ColorScheme } from './design-tokens.js';

export type Language = 'fr' | 'en';

/** The globals a story may pin, with the toolbar's starting values. */
export interface ToolbarGlobals {
  language: Language;
  colorScheme: ColorScheme;
  brand: BrandThemeId;
}

export const INITIAL_TOOLBAR_GLOBALS: ToolbarGlobals = {
  language: 'fr',
  colorScheme: 'light',
  brand: 'gics',
};

export const toolbarGlobalTypes = {
  language: {
    description: 'Language of the widgets (sets lang on the story)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'fr', right: 'FR', title: 'Français' },
        { value: 'en', right: 'EN', title: 'English' },
      ],
      dynamicTitle: true,
    },
  },
  colorScheme: {
    description: 'Light or dark colour scheme of the widgets and the page behind them',
    toolbar: {
      title: 'Colour scheme',
      icon: 'contrast',
      items: [
        { value: 'light', icon: 'sun', title: 'Light' },
        { value: 'dark', icon: 'moon', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  brand: {
    description: 'A co-op brand theme, made of global CSS custom properties only',
    toolbar: {
      title: 'Brand theme',
      icon: 'paintbrush',
      items: BRAND_THEME_IDS.map((id) => ({ value: id, title: BRAND_THEMES[id].name })),
      dynamicTitle: true,
    },
  },
};

/** Reads the toolbar globals, falling back on the starting values for anything unexpected. */
export function toolbarGlobals(globals: Record<string, unknown>): ToolbarGlobals {
  return {
    language: globals.language === 'en' ? 'en' : 'fr',
    colorScheme: globals.colorScheme === 'dark' ? 'dark' : 'light',
    brand: isBrandThemeId(globals.brand) ? globals.brand : INITIAL_TOOLBAR_GLOBALS.brand,
  };
}

const SCHEME_MARK = 'data-docs-color-scheme';

/** A Lit element, or anything else with `requestUpdate`. */
interface Updatable extends HTMLElement {
  requestUpdate(): void;
}

/**
 * `<docs-story-root>`: a plain light-DOM element around each story. It exists only in the docs
 * app; nothing in `@gics/widgets` knows about it.
 */
export class DocsStoryRoot extends HTMLElement {
  static observedAttributes = ['lang', 'scheme'];

  private readonly observer = new MutationObserver(() => this.applyScheme());

  connectedCallback(): void {
    this.observer.observe(this, { childList: true, subtree: true });
    this.applyScheme();
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.isConnected) return;
    if (name === 'scheme') this.applyScheme();
    if (name === 'lang') {
      for (const widget of this.widgets()) {
        if ('requestUpdate' in widget) (widget as Updatable).requestUpdate();
      }
    }
  }

  private get scheme(): ColorScheme {
    return this.getAttribute('scheme') === 'dark' ? 'dark' : 'light';
  }

  /** The GICS elements in the story (light DOM; a widget passes the scheme on to its parts). */
  private widgets(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('*')].filter((element) =>
      element.localName.startsWith('gics-'),
    );
  }

  /**
   * Sets `color-scheme` on each widget the toolbar owns: one with no `color-scheme`, or with the
   * value the toolbar set last time. A value the story set itself is left alone.
   */
  private applyScheme(): void {
    const scheme = this.scheme;
    for (const widget of this.widgets()) {
      const current = widget.getAttribute('color-scheme');
      if (current !== null && current !== widget.getAttribute(SCHEME_MARK)) continue;
      if (current !== scheme) widget.setAttribute('color-scheme', scheme);
      widget.setAttribute(SCHEME_MARK, scheme);
    }
  }
}

if (!customElements.get('docs-story-root')) {
  customElements.define('docs-story-root', DocsStoryRoot);
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-story-root': DocsStoryRoot;
  }
}

const PAGE_STYLE_ID = 'docs-toolbar-page-background';

/**
 * Paints the page behind the story with the theme's surface colour: the whole canvas in the
 * story view, the story's own block on a docs page (the selectors Storybook's backgrounds use).
 */
function paintPage(storyId: string, viewMode: string, background: string, text: string): void {
  let style = document.getElementById(PAGE_STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = PAGE_STYLE_ID;
    document.head.append(style);
  }
  const rule = `background-color: ${background} !important; color: ${text};`;
  const selector =
    viewMode === 'docs'
      ? `#anchor--${CSS.escape(storyId)} .docs-story, #anchor--primary--${CSS.escape(storyId)} .docs-story`
      : '.sb-show-main';
  const css = `${selector} { ${rule} }`;
  if (viewMode === 'docs') {
    // One rule per story on a docs page; each story may show another scheme.
    const marker = `/* ${storyId} */`;
    const others = style.textContent
      ?.split('\n')
      .filter((line) => line && !line.startsWith(marker) && !line.startsWith('.sb-show-main'));
    style.textContent = [...(others ?? []), `${marker} ${css}`].join('\n');
  } else {
    style.textContent = css;
  }
}

export const withToolbarGlobals: Decorator = (story, context): TemplateResult => {
  const { language, colorScheme, brand } = toolbarGlobals(context.globals);
  const palette = resolvedPalette(brand, colorScheme);
  const background = palette['--gics-color-surface'];
  const text = palette['--gics-color-text'];
  paintPage(context.id, context.viewMode, background, text);
  const style = [
    themeStyle(brand),
    'display: block;',
    `color-scheme: ${colorScheme};`,
    `background-color: ${background};`,
    `color: ${text};`,
    `font-family: ${palette['--gics-font-family']};`,
  ].join(' ');
  return html`<docs-story-root lang=${language} scheme=${colorScheme} style=${style}
    >${story()}</docs-story-root
  >`;
};
