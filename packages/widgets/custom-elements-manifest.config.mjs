import { readFileSync } from 'node:fs';

/** Test support (tests, `testing/` folders…), left out of the manifest as out of every build. */
const testSupport = JSON.parse(
  readFileSync(new URL('../../tooling/test-support.json', import.meta.url), 'utf8'),
).globs;

/**
 * The analyzer reads each element's JSDoc (`@fires`, `@slot`, `@csspart`, `@cssprop`) and its
 * code. From code it sometimes records a dispatched event it cannot name (when the event class
 * is built from spread arguments); the same event is always documented by its `@fires` tag, so
 * those nameless duplicates are dropped rather than shown as empty rows in the docs.
 */
function dropNamelessDuplicateEvents() {
  return {
    name: 'gics-drop-nameless-duplicate-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const named = new Set(
            declaration.events.filter((event) => event.name).map((event) => event.type?.text),
          );
          declaration.events = declaration.events.filter(
            (event) => event.name || !named.has(event.type?.text),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [...testSupport, 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessDuplicateEvents()],
};
