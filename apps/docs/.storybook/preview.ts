import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@gics/widgets/custom-elements.json';

// Argument tables and component descriptions come from the widgets' JSDoc, through the
// Custom Elements Manifest the widgets package builds and ships.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // An axe violation fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
