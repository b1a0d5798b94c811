/**
 * A build plugin for the CDN build: a module asked for with `import()` starts, at the same
 * moment, every chunk it imports (and they import) that the asking module has not loaded yet.
 *
 * Without it a browser learns a chunk's imports only once the chunk has arrived, so an
 * on-demand module and its shared pieces arrive one level after the other (the importers, then
 * the checks and the problems they import, then the date helpers those import). With it,
 * `import("./chunks/a.js")` reads `(preload(["./b.js", "./c.js"]), import("./chunks/a.js"))`:
 * each piece's `import()` starts beside the asked-for module's, and the module graph waits for
 * the ones under way rather than fetching them again.
 *
 * `import()` rather than `<link rel="modulepreload">`: it works in the load worker, which has
 * no document, and needs nothing a page's policy could refuse beyond the module itself. A piece
 * evaluated before the module asking for it is what happens whenever another module loads it
 * first: chunks of a build hold no order between each other but their imports. A failed piece
 * is quiet here: the module's own `import()` fails too, and its caller handles that.
 */
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin, RenderedChunk } from 'rolldown';

/** The name of the helper appended to a chunk that preloads (a declaration: it is hoisted). */
const PRELOAD = '__gicsPreload';

/** Every chunk `fileName` imports statically, itself included, among `chunks`. */
function staticClosure(fileName: string, chunks: Record<string, RenderedChunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !(name in chunks)) return;
    seen.add(name);
    for (const imported of chunks[name]!.imports) visit(imported);
  };
  visit(fileName);
  return seen;
}

/** `target` as a chunk at `from` writes it in an import (`./x.js`, `../x.js`). */
function relativeImport(from: string, target: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** Starts the static imports of each `import()`'s module along with it (see the file's header). */
export function preloadChunks(): Plugin {
  return {
    name: 'gics-preload-chunks',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      const loaded = staticClosure(chunk.fileName, meta.chunks);
      const edited = new MagicString(code);
      for (const match of code.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
        const target = path.posix.join(path.posix.dirname(chunk.fileName), match[2]!);
        if (!(target in meta.chunks)) continue;
        const pieces = [...staticClosure(target, meta.chunks)].filter(
          (each) => each !== target && !loaded.has(each),
        );
        if (pieces.length === 0) continue;
        const list = pieces.map((each) => JSON.stringify(relativeImport(chunk.fileName, each)));
        edited.prependLeft(match.index, `(${PRELOAD}([${list.join(',')}]),`);
        edited.appendRight(match.index + match[0].length, ')');
      }
      if (!edited.hasChanged()) return null;
      edited.append(
        `\nfunction ${PRELOAD}(files) {\n` +
          `  for (const file of files) import(file).catch(() => {});\n}\n`,
      );
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
