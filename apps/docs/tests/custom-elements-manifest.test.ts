/**
 * The component pages are generated from `custom-elements.json`, which the widgets build from
 * their JSDoc. A public element whose attribute, property, event, slot, CSS part or custom
 * property has no description would show an empty row to designers and webmasters, so the
 * build is refused instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Documented {
  name?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
interface Declaration extends Documented {
  customElement?: boolean;
  tagName?: string;
  attributes?: Documented[];
  members?: Documented[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const require = createRequire(import.meta.url);
const manifest = JSON.parse(
  readFileSync(require.resolve('@gics/widgets/custom-elements.json'), 'utf8'),
) as Manifest;
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

function isPublicMember(member: Documented): boolean {
  return (
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.static &&
    !member.name?.startsWith('_')
  );
}

/** Every public API entry of an element that has no description, as `kind: name`. */
function undocumented(element: Declaration): string[] {
  const missing: string[] = [];
  if (!element.summary?.trim() && !element.description?.trim()) missing.push('summary');
  const groups: Array<[string, Documented[] | undefined]> = [
    ['attribute', element.attributes],
    ['property', element.members?.filter(isPublicMember)],
    ['event', element.events],
    ['slot', element.slots],
    ['css part', element.cssParts],
    ['css property', element.cssProperties],
  ];
  for (const [kind, entries] of groups) {
    for (const entry of entries ?? []) {
      if (!entry.description?.trim()) missing.push(`${kind}: ${entry.name || '(unnamed)'}`);
    }
  }
  return missing;
}

describe('custom-elements.json', () => {
  it('lists the public elements', () => {
    expect(elements.map((element) => element.tagName)).toEqual(
      expect.arrayContaining(['gics-theme-badge', 'gics-newsletter-signup']),
    );
  });

  it.each(elements.map((element) => [element.tagName!, element] as const))(
    '<%s> documents every attribute, property, event, slot, part and custom property',
    (_tag, element) => {
      expect(undocumented(element)).toEqual([]);
    },
  );
});
