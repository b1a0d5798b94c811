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

/** Builds a `Problem`, deriving `where` from `path`. */
export function createProblem(
  code: string,
  path: ReadonlyArray<string | number>,
  message: { fr: string; en: string },
): Problem {
  return { code, path, where: formatPath(path), message };
}
