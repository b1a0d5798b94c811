import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@gics/widgets/custom-elements.json';
import { INITIAL_TOOLBAR_GLOBALS, toolbarGlobalTypes, withToolbarGlobals } from './toolbar.js';

// Argument tables and component descriptions come from the widgets' JSDoc, through the
// Custom Elements Manifest the widgets package builds and ships.
setCustomElementsManifest(manifest);

/** Widths a webmaster's visitors really have; 320 px is the WCAG reflow width (1.4.10). */
const viewports = {
  phone320: {
    name: 'Small phone (320 px, WCAG reflow)',
    styles: { width: '320px', height: '640px' },
    type: 'mobile',
  },
  phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  laptop: {
    name: 'Laptop (1280 px)',
    styles: { width: '1280px', height: '800px' },
    type: 'desktop',
  },
} as const;

const preview: Preview = {
  globalTypes: toolbarGlobalTypes,
  initialGlobals: { ...INITIAL_TOOLBAR_GLOBALS },
  decorators: [withToolbarGlobals],
  parameters: {
    controls: { expanded: true },
    // An axe violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    viewport: { options: viewports },
    // The colour-scheme and brand-theme buttons paint the page behind the widgets; a second,
    // unrelated background switch would only let axe measure against the wrong colour.
    backgrounds: { disable: true },
    docs: { toc: { headingSelector: 'h2, h3', title: 'On this page' } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Getting started',
            'Summit data',
            'Theming',
            'Embedding in your theme',
            'Newsletter providers',
            'Privacy and consent',
            'Accessibility statement',
          ],
          'Widgets',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
