/**
 * Minifies the static text of Lit's html`…` and css`…` templates at build time.
 *
 * Why: esbuild minifies JavaScript but leaves template literals exactly as written, so every
 * indent, newline and comment of our templates and styles went to browsers (about 1.3 KB of
 * the agenda's gzipped bytes). Finding the templates with the TypeScript parser, rather than a
 * regular expression, keeps nested templates and `${…}` expressions intact.
 *
 * Conservative on purpose:
 * - html: a run of white space that contains a line break becomes one space. One space is what
 *   HTML renders for it anyway, and what stays keeps words apart (`${a} ${b}` is untouched).
 * - css: comments go; runs of white space become one space (a space can be a descendant
 *   combinator); spaces around `{ } ; , >` and after `:` go. Quoted strings stay as written.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import MagicString, { type SourceMap } from 'magic-string';
import ts from 'typescript';

const QUOTED = /('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/;

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyHtml(html: string): string {
  return html.replace(/\s*\n\s*/g, ' ');
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edits that minify the static parts of every html`…`/svg`…`/css`…` template of `source`. */
function templateEdits(source: string, fileName: string): Edit[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: Edit[] = [];
  const rewrite = (start: number, end: number, minify: (text: string) => string) => {
    const text = source.slice(start, end);
    const minified = minify(text);
    if (minified !== text) edits.push({ start, end, text: minified });
  };
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify =
        tag === 'css' ? minifyCss : tag === 'html' || tag === 'svg' ? minifyHtml : null;
      const template = node.template;
      if (minify) {
        if (ts.isNoSubstitutionTemplateLiteral(template)) {
          rewrite(template.getStart() + 1, template.end - 1, minify);
        } else {
          // head: `…${   middle: }…${   tail: }…`
          rewrite(template.head.getStart() + 1, template.head.end - 2, minify);
          for (const span of template.templateSpans) {
            const literal = span.literal;
            const closing = ts.isTemplateTail(literal) ? 1 : 2;
            rewrite(literal.getStart() + 1, literal.end - closing, minify);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

/** The source with the static parts of every html`…`/svg`…`/css`…` template minified. */
export function minifyTemplateLiterals(source: string, fileName = 'module.ts'): string {
  let output = source;
  for (const edit of templateEdits(source, fileName).sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return output;
}

/** An esbuild plugin applying `minifyTemplateLiterals` to the package's own sources. */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'gics-minify-lit-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!/\b(?:html|css|svg)`/.test(source)) return undefined;
        return { contents: minifyTemplateLiterals(source, args.path), loader: 'ts' };
      });
    },
  };
}

/**
 * The same rewrite as a Rollup/Rolldown `transform` hook, for the package's own sources, with
 * a source map of the edits (so the built files' maps still point at the right lines).
 */
export function minifyLitTemplatesTransform(): {
  name: string;
  transform: (code: string, id: string) => { code: string; map: SourceMap } | null;
} {
  return {
    name: 'gics-minify-lit-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|css|svg)`/.test(code)) return null;
      const output = new MagicString(code);
      for (const edit of templateEdits(code, id)) output.update(edit.start, edit.end, edit.text);
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}
