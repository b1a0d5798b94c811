import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // Guides (MDX) and the examples they show live next to them in docs/; one file per widget in
  // stories/.
  stories: ['../docs/**/*.mdx', '../docs/**/*.stories.ts', '../stories/**/*.stories.ts'],
  // Files a story fetches as a real site would, e.g. the pretalx feed in static/feeds/. They are
  // copied next to iframe.html, so a story must address them relative to the page (see
  // `staticUrl` in stories/agenda.stories.ts), never from the host's root.
  staticDirs: ['../static'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Documentation' },
};

export default config;
