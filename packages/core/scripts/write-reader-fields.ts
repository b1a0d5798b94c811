/**
 * Writes `src/summit/fields.generated.ts`, the field table of `parseSummit`'s zod-free reader,
 * from the zod schemas (`src/summit/summit.schema.ts`), the one hand-written description of the
 * format, and `src/community/fields.generated.ts`, the community document's own fields
 * (`src/community/community.schema.ts`) for `parseCommunity`:
 *
 *   tsx scripts/write-reader-fields.ts           write the table (`npm run generate`)
 *   tsx scripts/write-reader-fields.ts --check   fail when the committed table is not up to date
 *
 * It walks each schema's definition (`schema._zod.def`) and writes every field as a call of the
 * readers `reader.ts` exports: a string with a pattern or a test from `checks.ts` becomes
 * `stringThat(…)`, a number with the schemas' `WHOLE_NUMBER` check becomes `wholeNumber(…)` with
 * the field's bounds, any other number (a latitude) `numberWithin(…)` with its `z.gte`/`z.lte`
 * bounds, `z.boolean` `readBoolean`, `z.enum` becomes `oneOf(…)` over the `checks.ts` list of the same values,
 * `z.array` `arrayOf(…)`, a nested `z.object` `record(…)` with its own table, and
 * `z.optional`/`z._default` the field's presence. The few schemas whose rules are code
 * (`LocalizedText`, `LanguageTag`, trimmed names) have a reader of their own, named below.
 * Anything else stops the generator with the field's path: the schema then needs a reader first.
 *
 * A reader that several fields use is built once, as a constant; one used once is written in
 * place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import type * as z from 'zod/mini';
import { Community, COMMUNITY_COLLECTIONS } from '../src/community/community.schema.js';
import * as checks from '../src/summit/checks.js';
import { RECORD_COLLECTIONS } from '../src/summit/messages.js';
import * as schemas from '../src/summit/summit.schema.js';
import * as timeZone from '../src/summit/time-zone.js';

/** The generated module, next to the reader that uses it. */
export const READER_FIELDS_FILE = fileURLToPath(
  new URL('../src/summit/fields.generated.ts', import.meta.url),
);
/** The community document's generated module, next to `parseCommunity`. */
export const COMMUNITY_FIELDS_FILE = fileURLToPath(
  new URL('../src/community/fields.generated.ts', import.meta.url),
);

type Schema = z.ZodMiniType;

/** Schemas whose rules are code, each with the hand-written reader (in `reader.ts`) that follows them. */
const OWN_READERS = new Map<unknown, string>([
  [schemas.LocalizedText, 'readText'],
  [schemas.LanguageTag, 'readLanguage'],
  // `LocalizedText`'s plain-string branch: trimmed, then not empty (also a member's `name`).
  [schemas.LocalizedText.def.options[0], 'readNonEmptyString'],
]);

/** The modules whose exports a generated reader may name (patterns, tests, lists of values). */
const NAMED_VALUES: ReadonlyArray<{ module: string; exports: Record<string, unknown> }> = [
  { module: './checks.js', exports: checks },
  { module: './time-zone.js', exports: timeZone },
];

const capitalized = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** Writes the module's text: imports, the readers several fields share, then `FIELDS`. */
class ModuleWriter {
  private readonly imports = new Map<string, Set<string>>([['./reader.js', new Set()]]);
  /** Each shared reader's name, by the expression that builds it. */
  private readonly names = new Map<string, string>();
  /** The shared readers, each after those it uses. */
  private readonly declarations: Array<{ name: string; expression: string }> = [];
  /** The name each exported schema has in `summit.schema.ts`, to name its reader after it. */
  private readonly schemaNames = new Map<unknown, string>(
    Object.entries(schemas).map(([name, value]) => [value, name]),
  );

  /** `name`, imported from `module`. */
  use(module: string, name: string): string {
    if (!this.imports.has(module)) this.imports.set(module, new Set());
    this.imports.get(module)!.add(name);
    return name;
  }

  /** A reader of `reader.ts`. */
  reader(name: string): string {
    return this.use('./reader.js', name);
  }

  /** The export of `checks.ts` or `time-zone.ts` that is `value`, or `undefined`. */
  named(value: unknown): string | undefined {
    for (const { module, exports } of NAMED_VALUES) {
      for (const [name, exported] of Object.entries(exports)) {
        if (exported === value) return this.use(module, name);
      }
    }
    return undefined;
  }

  /** The `checks.ts` list holding exactly `values`, in order, or `undefined`. */
  namedList(values: ReadonlyArray<unknown>): string | undefined {
    for (const { module, exports } of NAMED_VALUES) {
      for (const [name, exported] of Object.entries(exports)) {
        if (
          Array.isArray(exported) &&
          exported.length === values.length &&
          exported.every((value, index) => value === values[index])
        ) {
          return this.use(module, name);
        }
      }
    }
    return undefined;
  }

  /**
   * A reader built by `expression`, under `name` (or a free variant of it). It becomes a constant
   * when more than one field uses it, and is written in place otherwise; until `text()` decides,
   * it stands as a placeholder.
   */
  shared(name: string, expression: string): string {
    const known = this.names.get(expression);
    if (known) return placeholder(known);
    const taken = new Set(this.names.values());
    let free = name;
    for (let suffix = 2; taken.has(free); suffix++) free = `${name}${suffix}`;
    this.names.set(expression, free);
    this.declarations.push({ name: free, expression });
    return placeholder(free);
  }

  /** The reader of `schema`, found at `where` (for the error when there is none). */
  readerOf(schema: Schema, where: string, key: string): string {
    const own = OWN_READERS.get(schema);
    if (own) return this.reader(own);
    const name = this.schemaNames.get(schema);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    const zodChecks = (def.checks ?? []) as Array<{ _zod: { def: Record<string, unknown> } }>;
    const fail = (why: string): never => {
      throw new Error(
        `${where}: no reader for ${why}; write one in reader.ts and teach ${path.basename(fileURLToPath(import.meta.url))} to use it.`,
      );
    };
    switch (def.type) {
      case 'string': {
        const typeCode = messageOf(def.error);
        if (zodChecks.length === 0 && typeCode === undefined) return this.reader('readString');
        if (zodChecks.length !== 1) return fail(`a string with ${zodChecks.length} checks`);
        const check = zodChecks[0]!._zod.def;
        let test: string | undefined;
        if (check.check === 'string_format' && check.format === 'regex') {
          const pattern = this.named(check.pattern);
          if (!pattern)
            return fail(`the pattern ${String(check.pattern)}, not exported by checks.ts`);
          test = `${this.reader('matching')}(${pattern})`;
        } else if (check.check === 'custom') {
          test = this.named(check.fn);
          if (!test) return fail('a refinement that is not a function exported by checks.ts');
        } else return fail(`the string check ${String(check.check)}`);
        const code = messageOf(check.error);
        if (code === undefined) return fail('a string check without a message code');
        const args = [test, quote(code), ...(typeCode === undefined ? [] : [quote(typeCode)])];
        return this.shared(
          `read${name ?? capitalized(key)}`,
          `${this.reader('stringThat')}(${args.join(', ')})`,
        );
      }
      case 'number': {
        if (zodChecks[0] !== (schemas.WHOLE_NUMBER as unknown)) {
          return this.shared(`read${name ?? capitalized(key)}`, this.numberWithin(zodChecks, fail));
        }
        const [, ...bounds] = zodChecks;
        let min = Number.MIN_SAFE_INTEGER;
        let inclusive = true;
        let max = Number.MAX_SAFE_INTEGER;
        for (const bound of bounds) {
          const { check, value, inclusive: included } = bound._zod.def;
          if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
            return fail(`the bound ${String(value)}, outside the safe integers`);
          }
          if (check === 'greater_than') [min, inclusive] = [value, included === true];
          else if (check === 'less_than' && included === true) max = value;
          else return fail(`the number check ${String(check)}`);
        }
        const number = (value: number) =>
          value === Number.MAX_SAFE_INTEGER
            ? 'Number.MAX_SAFE_INTEGER'
            : value === Number.MIN_SAFE_INTEGER
              ? 'Number.MIN_SAFE_INTEGER'
              : String(value);
        return this.shared(
          `read${name ?? capitalized(key)}`,
          `${this.reader('wholeNumber')}(${number(min)}, ${inclusive}, ${number(max)})`,
        );
      }
      case 'boolean': {
        if (zodChecks.length > 0) return fail('a boolean with checks');
        return this.reader('readBoolean');
      }
      case 'enum': {
        if (zodChecks.length > 0) return fail('an enum with checks');
        const values = Object.values(def.entries as Record<string, string>);
        const list = this.namedList(values) ?? `[${values.map(quote).join(', ')}] as const`;
        return this.shared(`read${name ?? capitalized(key)}`, `${this.reader('oneOf')}(${list})`);
      }
      case 'array': {
        if (zodChecks.length > 0) return fail('a list with checks');
        const item = this.readerOf(def.element as Schema, `${where}[]`, key);
        return this.shared(
          `${item.replace(PLACEHOLDER, '$1')}List`,
          `${this.reader('arrayOf')}(${item})`,
        );
      }
      case 'object': {
        if (!name) return fail('a record that summit.schema.ts does not export by name');
        const fields = this.fields(schema as z.ZodMiniObject, name);
        return this.shared(`read${name}`, `${this.reader('record')}(${fields})`);
      }
      default:
        return fail(`the schema type ${def.type}`);
    }
  }

  /**
   * The reader of a number that may have a fraction (a latitude): finite, within the bounds its
   * `z.gte`/`z.gt`/`z.lte`/`z.lt` checks set, each side unbounded when none does.
   */
  private numberWithin(
    bounds: ReadonlyArray<{ _zod: { def: Record<string, unknown> } }>,
    fail: (why: string) => never,
  ): string {
    let [min, minIncluded, max, maxIncluded] = ['-Infinity', true, 'Infinity', true];
    for (const bound of bounds) {
      const { check, value, inclusive } = bound._zod.def;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail(`the number check ${String(check)}`);
      }
      if (check === 'greater_than') [min, minIncluded] = [String(value), inclusive === true];
      else if (check === 'less_than') [max, maxIncluded] = [String(value), inclusive === true];
      else return fail(`the number check ${String(check)}`);
    }
    return `${this.reader('numberWithin')}(${min}, ${minIncluded}, ${max}, ${maxIncluded})`;
  }

  /** The table of an object schema's fields, in its order, leaving out `skip`. */
  fields(schema: z.ZodMiniObject, where: string, skip: ReadonlySet<string> = new Set()): string {
    // `readFields` drops unknown keys and checks fields one by one, as a plain `z.object` does.
    if (schema.def.catchall || (schema.def.checks?.length ?? 0) > 0) {
      throw new Error(`${where}: no reader for a record with checks or a catch-all.`);
    }
    const lines: string[] = [];
    for (const [key, fieldSchema] of Object.entries(schema.def.shape as Record<string, Schema>)) {
      if (skip.has(key)) continue;
      const at = `${where}.${key}`;
      const def = fieldSchema._zod.def as unknown as Record<string, unknown> & { type: string };
      const wrapper = def.type === 'optional' || def.type === 'default';
      if (wrapper && ((def.checks as unknown[] | undefined)?.length ?? 0) > 0) {
        throw new Error(`${at}: no reader for checks on an optional or defaulted field.`);
      }
      if (def.type === 'optional') {
        const read = this.readerOf(def.innerType as Schema, at, key);
        lines.push(`${this.reader('optional')}(${quote(key)}, ${read})`);
      } else if (def.type === 'default') {
        const read = this.readerOf(def.innerType as Schema, at, key);
        lines.push(
          `${this.reader('withDefault')}(${quote(key)}, ${read}, ${this.fallback(def.defaultValue, at)})`,
        );
      } else {
        lines.push(
          `${this.reader('field')}(${quote(key)}, ${this.readerOf(fieldSchema, at, key)})`,
        );
      }
    }
    return `[${lines.join(', ')}]`;
  }

  /** A function giving a fresh copy of a field's default, as zod's `_default` gives one. */
  private fallback(value: unknown, where: string): string {
    if (Array.isArray(value) && value.length === 0) return this.reader('emptyList');
    const json = JSON.stringify(value);
    if (json === undefined || typeof value === 'object') {
      throw new Error(`${where}: no fallback for the default ${String(value)}.`);
    }
    return `() => ${json}`;
  }

  /** The summit's module: imports, the readers several fields share, then `FIELDS`. */
  text(fieldsTable: string): string {
    return this.module(
      [
        '/**',
        ' * The fields of the summit and of each record, in the schemas’ order, for `parseSummit`’s',
        ' * reader (`reader.ts`). Generated from `summit.schema.ts` by `scripts/write-reader-fields.ts`:',
        ' * edit the schemas, then run `npm run generate -w @gics/core`. Do not edit by hand; a test',
        ' * fails while this file is not what the schemas generate.',
        ' */',
      ],
      [
        "import type { RecordCollection } from './messages.js';",
        "import type { Field } from './reader.js';",
      ],
      [
        '/** The fields of the summit itself and of each record, in the schemas’ order. */',
        `export const FIELDS = ${fieldsTable} satisfies Record<RecordCollection | 'summit', ReadonlyArray<Field>>;`,
      ],
    );
  }

  /**
   * The community document's module, in `src/community/`: the community's own fields (its records
   * are read with the summit's tables). Module names are written from that folder.
   */
  communityText(fieldsTable: string): string {
    const text = this.module(
      [
        '/**',
        ' * The community document’s own fields, in the schema’s order, for `parseCommunity` (its themes,',
        ' * members and practices are read with the summit’s tables). Generated from `community.schema.ts`',
        ' * by `scripts/write-reader-fields.ts`: edit the schema, then run `npm run generate -w @gics/core`.',
        ' * Do not edit by hand; a test fails while this file is not what the schema generates.',
        ' */',
      ],
      ["import type { Field } from './reader.js';"],
      [
        '/** The fields of the community itself, in the schema’s order. */',
        `export const COMMUNITY_FIELDS = ${fieldsTable} satisfies ReadonlyArray<Field>;`,
      ],
    );
    return text.replace(/from '\.\/(\w[\w-]*)\.js'/g, "from '../summit/$1.js'");
  }

  /** A whole module: `header`, imports, the shared readers, `typeImports` first, then `body`. */
  private module(header: string[], typeImports: string[], body: string[]): string {
    const uses = new Map<string, number>();
    for (const text of [...body, ...this.declarations.map(({ expression }) => expression)]) {
      for (const [, name] of text.matchAll(PLACEHOLDER))
        uses.set(name!, (uses.get(name!) ?? 0) + 1);
    }
    const inline = new Map(
      this.declarations
        .filter(({ name }) => uses.get(name) === 1)
        .map(({ name, expression }) => [name, expression]),
    );
    const resolve = (text: string): string =>
      text.replace(PLACEHOLDER, (_, name: string) => {
        const expression = inline.get(name);
        return expression === undefined ? name : resolve(expression);
      });
    const declarations = this.declarations
      .filter(({ name }) => !inline.has(name))
      .map(({ name, expression }) => `const ${name} = ${resolve(expression)};`);
    const imports = [...this.imports]
      .filter(([, names]) => names.size > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
    return [
      ...header,
      ...imports,
      ...typeImports,
      '',
      ...declarations,
      '',
      ...body.map(resolve),
      '',
    ].join('\n');
  }
}

/** The code of a message given as a string (`z.string('invalid_date')`, `z.regex(…, 'invalid_id')`). */
function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'function') return undefined;
  const message: unknown = (error as () => unknown)();
  return typeof message === 'string' ? message : undefined;
}

/** Where a shared reader's name stands until `text()` knows whether to name it or write it out. */
const PLACEHOLDER = /⟨(\w+)⟩/g;
const placeholder = (name: string) => `⟨${name}⟩`;

const quote = (text: string) => `'${text.replace(/['\\]/g, '\\$&')}'`;

/**
 * The text of `fields.generated.ts`, formatted as the repository formats code: the summit's own
 * fields (its collections left out: they are read record by record), then each collection's.
 * `summit` is the `Summit` schema; tests pass others to see what the generator refuses.
 */
export async function generateReaderFields(
  summit: z.ZodMiniObject = schemas.Summit,
): Promise<string> {
  const writer = new ModuleWriter();
  const summitShape = summit.def.shape as Record<string, Schema>;
  const tables = [`summit: ${writer.fields(summit, 'Summit', new Set(RECORD_COLLECTIONS))}`];
  for (const collection of RECORD_COLLECTIONS) {
    const list = summitShape[collection]!._zod.def as unknown as { innerType?: Schema };
    const element = (list.innerType?._zod.def as unknown as { element?: z.ZodMiniObject })?.element;
    if (element?._zod.def.type !== 'object') {
      throw new Error(`Summit.${collection}: expected a list of records with a default.`);
    }
    tables.push(`${collection}: ${writer.fields(element, `Summit.${collection}[]`)}`);
  }
  const text = writer.text(`{ ${tables.join(', ')} }`);
  const options = await prettier.resolveConfig(READER_FIELDS_FILE);
  return prettier.format(text, { ...options, filepath: READER_FIELDS_FILE });
}

/**
 * The text of the community's `fields.generated.ts`: the community document's own fields. Its
 * collections must hold the summit's own records, which `parseCommunity` reads with the summit's
 * tables; the generator stops otherwise.
 */
export async function generateCommunityFields(
  community: z.ZodMiniObject = Community,
): Promise<string> {
  const writer = new ModuleWriter();
  const shape = community.def.shape as Record<string, Schema>;
  const records = { themes: schemas.Theme, members: schemas.Member, practices: schemas.Practice };
  for (const collection of COMMUNITY_COLLECTIONS) {
    const list = shape[collection]?._zod.def as unknown as { innerType?: Schema } | undefined;
    const element = (list?.innerType?._zod.def as unknown as { element?: unknown })?.element;
    if (element !== records[collection]) {
      throw new Error(
        `Community.${collection}: expected a list of the summit's ${collection} with a default.`,
      );
    }
  }
  const table = writer.fields(community, 'Community', new Set(COMMUNITY_COLLECTIONS));
  const text = writer.communityText(table);
  const options = await prettier.resolveConfig(COMMUNITY_FIELDS_FILE);
  return prettier.format(text, { ...options, filepath: COMMUNITY_FIELDS_FILE });
}

const isEntryPoint = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const outputs = [
    { file: READER_FIELDS_FILE, source: 'summit.schema.ts', text: await generateReaderFields() },
    {
      file: COMMUNITY_FIELDS_FILE,
      source: 'community.schema.ts',
      text: await generateCommunityFields(),
    },
  ];
  for (const { file, source, text } of outputs) {
    const relative = path.relative(process.cwd(), file);
    if (process.argv.includes('--check')) {
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        // Missing: reported below as out of date.
      }
      if (committed !== text) {
        console.error(
          `${relative} is not what ${source} generates: run \`npm run generate -w @gics/core\` and commit it.`,
        );
        process.exitCode = 1;
      }
    } else {
      writeFileSync(file, text);
      console.log(`Wrote ${relative}.`);
    }
  }
}
