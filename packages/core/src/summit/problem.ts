/**
 * A problem found in a user's data: where it is and what is wrong, in both languages, so the
 * CLI, the widgets and a host app can show it to a French- or English-speaking webmaster as is.
 */
export interface Problem {
  /** Machine-readable kind, e.g. `invalid_type`, `duplicate_id`, `unknown_theme`. */
  code: string;
  /** Path into the data, e.g. `['workshops', 3, 'end']`. Empty for the whole document. */
  path: ReadonlyArray<string | number>;
  /** The same path as text for people: `workshops[3].end` (`(root)` for the whole document). */
  where: string;
  /** What is wrong, as a sentence in French and in English. */
  message: { fr: string; en: string };
  /**
   * The facts the sentences are built from (the value found, the values allowed, the record's
   * id…), for problems found by `parseSummit`; `wordProblems` words a problem again from them.
   */
  params?: Readonly<Record<string, unknown>>;
}

/** Writes a path the way a developer reads it in JSON: `workshops[3].title.fr`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/** Words a problem code with its facts, in French and in English. */
export type ProblemWording = (
  code: string,
  params: Readonly<Record<string, unknown>>,
) => { fr: string; en: string };

// The wording in force while `withWording` runs a parse. A parse is synchronous, so no other
// parse can interleave; passing it as an argument instead would thread it through every reader
// of `reader.ts`, whose valid-data path is the hot one.
let wording: ProblemWording | undefined;

/**
 * Runs `parse` with problems worded by `words`, or, without it, carrying their code as their
 * message until `wordProblems` words them: the sentences then stay out of bundles that parse
 * summits but only show a problem now and then.
 */
export function withWording<T>(words: ProblemWording | undefined, parse: () => T): T {
  const outer = wording;
  wording = words;
  try {
    return parse();
  } finally {
    wording = outer;
  }
}

/** A problem found by a parse, worded by the wording in force (see `withWording`). */
export function problemOf(
  code: string,
  path: ReadonlyArray<string | number>,
  params: Readonly<Record<string, unknown>>,
): Problem {
  const message = wording ? wording(code, params) : { fr: code, en: code };
  return { code, path, where: formatPath(path), message, params };
}

/** Builds a `Problem`, deriving `where` from `path`. */
export function createProblem(
  code: string,
  path: ReadonlyArray<string | number>,
  message: { fr: string; en: string },
): Problem {
  return { code, path, where: formatPath(path), message };
}
