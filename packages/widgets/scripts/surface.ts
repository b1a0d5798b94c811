/**
 * The public surface of `@gics/widgets`, written from `custom-elements.json` (the analyzer's
 * reading of each element's class and JSDoc): one define module per element, `all.ts`, the
 * framework typings' name lists (`jsx/elements.ts`) and the package's subpath exports.
 *
 * An element is a class the manifest records with a `tagName` (its `@tag` JSDoc); it must
 * extend `GicsElement`, whose static `define` registers it. What a template may set is every
 * public field that is neither static nor read-only; the dashed attributes are those named
 * otherwise than their field; the events are the named ones, each typed by the class its
 * `@fires` tag gives, found among the manifest's declarations.
 */
import path from 'node:path';

/** The parts of `custom-elements.json` the surface is written from. */
export interface Manifest {
  modules: ManifestModule[];
}

interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
}

interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: {
    kind: string;
    name: string;
    static?: boolean;
    readonly?: boolean;
    privacy?: string;
  }[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name?: string; type?: { text?: string } }[];
}

/** A named class and the source module that declares it. */
export interface ClassRef {
  name: string;
  /** Path from the package root, e.g. `src/agenda/agenda.ts`. */
  module: string;
}

/** What the surface needs to know about one element. */
export interface ElementSurface extends ClassRef {
  tag: `gics-${string}`;
  /** Public, writable, instance fields, in the manifest's order. */
  properties: string[];
  /** Dashed attribute name → the field it sets. */
  dashedAttributes: [attribute: string, field: string][];
  /** Event name → the class it dispatches. */
  events: [name: string, event: ClassRef][];
}

/** Every GICS element in the manifest, sorted by tag. */
export function readElements(manifest: Manifest): ElementSurface[] {
  const classes = new Map<string, ClassRef>();
  const superclasses = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      classes.set(declaration.name, { name: declaration.name, module: module.path });
      if (declaration.superclass) superclasses.set(declaration.name, declaration.superclass.name);
    }
  }
  const extendsBase = (name: string): boolean => {
    for (let parent = superclasses.get(name); parent; parent = superclasses.get(parent)) {
      if (parent === 'GicsElement') return true;
    }
    return false;
  };
  const elements: ElementSurface[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag) continue;
      if (!tag.startsWith('gics-')) throw new Error(`${declaration.name}: @tag ${tag} lacks gics-`);
      if (!extendsBase(declaration.name)) {
        throw new Error(`${declaration.name} (<${tag}>) must extend GicsElement`);
      }
      const properties = (declaration.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            !member.readonly &&
            (member.privacy === undefined || member.privacy === 'public'),
        )
        .map((member) => member.name);
      const events = (declaration.events ?? []).flatMap((event) => {
        if (!event.name) return [];
        const type = event.type?.text;
        const eventClass = type === undefined ? undefined : classes.get(type);
        if (!eventClass) {
          throw new Error(`${declaration.name} fires ${event.name}, whose class is not exported`);
        }
        return [[event.name, eventClass] as [string, ClassRef]];
      });
      elements.push({
        tag: tag as `gics-${string}`,
        name: declaration.name,
        module: module.path,
        properties: [...new Set(properties)],
        dashedAttributes: (declaration.attributes ?? []).flatMap((attribute) =>
          attribute.fieldName && attribute.fieldName !== attribute.name
            ? [[attribute.name, attribute.fieldName] as [string, string]]
            : [],
        ),
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `src/agenda/agenda.ts` imported from the file `from` (both from the package root). */
function importPath(from: string, module: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), module).replace(/\.ts$/, '.js');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const quote = (text: string) => `'${text}'`;

/** The comment that opens every generated file. */
export function generatedHeader(source: string): string {
  return `// Generated by scripts/generate.ts (\`npm run generate\`) from ${source}. Do not edit.\n`;
}

/** The statement that registers `element`'s tag (`GicsElement.define`). */
function registration(element: ElementSurface): string {
  return `${element.name}.define('${element.tag}');`;
}

/** `src/define/<tag>.ts`: registers the tag and adds it to the global tag map. */
export function defineModule(element: ElementSurface): string {
  const file = `src/define/${element.tag}.ts`;
  const lines = [
    generatedHeader('custom-elements.json'),
    `import { ${element.name} } from '${importPath(file, element.module)}';`,
    '',
    registration(element),
    '',
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    `    '${element.tag}': ${element.name};`,
    '  }',
    '}',
    '',
    `export { ${element.name} };`,
  ];
  if (element.events.length > 0) {
    lines.push(
      "// Re-exported so this module's typings carry the events' `GlobalEventHandlersEventMap` entries:",
      `// \`addEventListener('${element.events[0]![0]}', …)\` is typed with only this subpath imported.`,
      ...element.events.map(
        ([, event]) => `export type { ${event.name} } from '${importPath(file, event.module)}';`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `src/all.ts`: defines every element, the CDN bundle's entry. */
export function allModule(elements: ElementSurface[]): string {
  const file = 'src/all.ts';
  return `${generatedHeader('custom-elements.json')}
/**
 * Defines every GICS element, for apps that want them all from one import.
 *
 * It registers every element itself instead of importing \`./define/*.js\`: an entry that
 * imports another entry makes the bundler move the shared registration into a chunk, which
 * \`sideEffects\` does not list, so an app's bundler would drop the registration silently.
 */
${elements.map((element) => `import { ${element.name} } from '${importPath(file, element.module)}';`).join('\n')}

${elements.map(registration).join('\n')}

declare global {
  // The same entries as the define modules', so \`all.d.ts\` carries them too.
  interface HTMLElementTagNameMap {
${elements.map((element) => `    '${element.tag}': ${element.name};`).join('\n')}
  }
}

export * from './index.js';
`;
}

/** The CDN file of an element: its tag without `gics-`, e.g. `agenda.js`. */
export function cdnFile(element: Pick<ElementSurface, 'tag'>): string {
  return `${element.tag.slice('gics-'.length)}.js`;
}

/** `src/cdn/elements.ts`: each tag and its CDN file, for the autoloader and the CDN build. */
export function cdnElementsModule(elements: ElementSurface[]): string {
  return `${generatedHeader('custom-elements.json')}
/** Each GICS element's tag, and its module in the CDN build (next to \`gics.js\`). */
export const CDN_ELEMENTS = {
${elements.map((element) => `  '${element.tag}': '${cdnFile(element)}',`).join('\n')}
} as const;

/** A GICS element's tag. */
export type ElementTag = keyof typeof CDN_ELEMENTS;
`;
}

/** `src/jsx/elements.ts`: the names the React and Vue typings are built from. */
export function jsxModule(elements: ElementSurface[]): string {
  const file = 'src/jsx/elements.ts';
  const imports = new Map<string, string>();
  for (const element of elements) {
    imports.set(element.name, importPath(file, element.module));
    for (const [, event] of element.events) imports.set(event.name, importPath(file, event.module));
  }
  const importLines = [...imports]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([name, from]) => `import type { ${name} } from '${from}';`);
  const union = (names: string[]) => (names.length === 0 ? 'never' : names.map(quote).join(' | '));
  const emptyObject =
    '// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- fires no events\n';
  return `${generatedHeader('custom-elements.json')}
/**
 * What a framework template may set on each GICS element, and which events each one fires,
 * shared by the React (\`../react.ts\`) and Vue (\`../vue.ts\`) declarations.
 *
 * Only the names are listed here: every type is read from the element and event classes
 * themselves, so a property whose type changes in its class changes in JSX and Vue templates
 * too. The lists come from \`custom-elements.json\`, so an attribute, property or event added to
 * an element reaches the typings with the next \`npm run generate\` (and \`npm test\` fails
 * until it has).
 */
${importLines.join('\n')}

/** Each tag's class. */
export interface GicsElements {
${elements.map((element) => `'${element.tag}': ${element.name};`).join('\n')}
}

export type GicsTag = keyof GicsElements;

/**
 * The public, writable properties of each element. Read-only ones (getters such as
 * \`language\`) are left out: a template cannot set them.
 */
interface SettableProperties {
${elements.map((element) => `'${element.tag}': ${union(element.properties)};`).join('\n')}
}

/** Every settable property of \`Tag\`, optional, with the type its class declares. */
export type GicsProperties<Tag extends GicsTag> = {
  [Name in SettableProperties[Tag] & keyof GicsElements[Tag]]?: GicsElements[Tag][Name];
};

/**
 * Attributes whose name is not the property's (the dashed ones), mapped to their property.
 * Attributes named like their property (\`src\`, \`view\`…) need no entry: both frameworks set
 * the property when the element has it, so the property's type is the one that applies.
 */
interface DashedAttributes {
${elements
  .map(
    (element) =>
      `'${element.tag}': {${element.dashedAttributes.map(([attribute, field]) => `'${attribute}': '${field}';`).join('\n')}};`,
  )
  .join('\n')}
}

/**
 * What an attribute accepts, from its property's type: booleans stay booleans (React and Vue
 * remove the attribute for \`false\`), numbers may be written as text, string unions keep their
 * values, and lists or objects are written as text (\`themes="a b"\`, \`field-names='{…}'\`).
 */
type AttributeValue<T> = [T] extends [boolean]
  ? boolean
  : [T] extends [number]
    ? number | \`\${number}\`
    : [T] extends [string]
      ? T
      : string;

/** The dashed attributes of \`Tag\`, optional, typed from their property. */
export type GicsAttributes<Tag extends GicsTag> = {
  [Attribute in keyof DashedAttributes[Tag]]?: AttributeValue<
    NonNullable<GicsElements[Tag][DashedAttributes[Tag][Attribute] & keyof GicsElements[Tag]]>
  >;
};

/** The events each element fires, by name, with the event class it dispatches. */
export interface GicsEvents {
${elements
  .map((element) =>
    element.events.length === 0
      ? `${emptyObject}'${element.tag}': {};`
      : `'${element.tag}': {${element.events.map(([name, event]) => `'${name}': ${event.name};`).join('\n')}};`,
  )
  .join('\n')}
}
`;
}

/** The subpath a define module is published under: `gics-agenda` → `./agenda.js`. */
export function subpathOf(tag: string): string {
  return `./${tag.replace(/^gics-/, '')}.js`;
}

/** `package.json`'s `exports`: `.` first, then one subpath per element, then the others as they are. */
export function packageExports(
  current: Record<string, unknown>,
  elements: ElementSurface[],
): Record<string, unknown> {
  const defineTargets = new Set(
    Object.entries(current)
      .filter(([, target]) => JSON.stringify(target).includes('/dist/define/'))
      .map(([subpath]) => subpath),
  );
  const exports: Record<string, unknown> = {};
  if ('.' in current) exports['.'] = current['.'];
  for (const element of elements) {
    exports[subpathOf(element.tag)] = {
      types: `./dist/define/${element.tag}.d.ts`,
      import: `./dist/define/${element.tag}.js`,
    };
  }
  for (const [subpath, target] of Object.entries(current)) {
    if (subpath !== '.' && !defineTargets.has(subpath)) exports[subpath] = target;
  }
  return exports;
}
