/**
 * Turns zod issues into our `Problem`s: our codes, our sentences (see `messages.ts`), paths
 * relative to the whole document. Nothing zod writes reaches a user.
 *
 * `parseSummit` runs no zod (see `reader.ts`); this mapping is the reference its reader is
 * tested against, and stays usable by anyone who validates with the exported schemas.
 */
import type { core } from 'zod/mini';
import { createProblem } from './problem.js';
import type { Problem } from './problem.js';
import { problemMessage } from './messages.js';
import { SCHEMA_MESSAGES } from './summit.schema.js';
import type { SchemaMessage } from './summit.schema.js';

type Issue = core.$ZodIssue;
type Path = ReadonlyArray<string | number>;

const schemaMessages: ReadonlySet<string> = new Set(SCHEMA_MESSAGES);

function isSchemaMessage(message: string): message is SchemaMessage {
  return schemaMessages.has(message);
}

function toPath(prefix: Path, path: ReadonlyArray<PropertyKey>): Array<string | number> {
  const full: Array<string | number> = [...prefix];
  for (const key of path) full.push(typeof key === 'number' ? key : String(key));
  return full;
}

/** Whether the branch of a union failed because the value was not of the branch's type at all. */
function isTypeMismatch(issues: ReadonlyArray<Issue>): boolean {
  return issues.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0);
}

/** The bounds zod adds to every `z.int()`, noise next to our own bounds on the same field. */
function isSafeIntegerBound(issue: Issue): boolean {
  return (
    (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER)
  );
}

function convert(issue: Issue, prefix: Path, out: Problem[]): void {
  const path = toPath(prefix, issue.path);
  const value = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      // A missing field is `required`; a missing document is just not the object expected.
      if ((value === undefined && path.length > 0) || issue.expected === 'nonoptional') {
        out.push(createProblem('required', path, problemMessage('required', {})));
      } else if (isSchemaMessage(issue.message)) {
        out.push(createProblem(issue.message, path, problemMessage(issue.message, { value })));
      } else {
        const params = { expected: issue.expected, value };
        out.push(createProblem('invalid_type', path, problemMessage('invalid_type', params)));
      }
      return;
    case 'invalid_union': {
      // Our only union is `LocalizedText` (a string or `{ fr, en }`). When the value had the
      // shape of one branch, that branch's own issues say what is wrong; otherwise neither fits.
      if (value === undefined) {
        out.push(createProblem('required', path, problemMessage('required', {})));
        return;
      }
      const fitting = issue.errors.filter((branch) => !isTypeMismatch(branch));
      const [only] = fitting;
      if (fitting.length === 1 && only) {
        for (const inner of only) convert(inner, path, out);
      } else {
        out.push(createProblem('invalid_text', path, problemMessage('invalid_text', { value })));
      }
      return;
    }
    case 'invalid_value':
      out.push(
        createProblem(
          'invalid_value',
          path,
          problemMessage('invalid_value', { allowed: issue.values, value }),
        ),
      );
      return;
    case 'too_small':
    case 'too_big': {
      if (isSchemaMessage(issue.message)) {
        out.push(createProblem(issue.message, path, problemMessage(issue.message, { value })));
        return;
      }
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const params = { origin: issue.origin, limit, inclusive: issue.inclusive !== false };
      out.push(createProblem(issue.code, path, problemMessage(issue.code, params)));
      return;
    }
    case 'invalid_format':
      if (isSchemaMessage(issue.message)) {
        out.push(createProblem(issue.message, path, problemMessage(issue.message, { value })));
      } else {
        const params = { format: issue.format, value };
        out.push(createProblem('invalid_format', path, problemMessage('invalid_format', params)));
      }
      return;
    default:
      if (isSchemaMessage(issue.message)) {
        out.push(createProblem(issue.message, path, problemMessage(issue.message, { value })));
      } else {
        out.push(createProblem('invalid_input', path, problemMessage('invalid_input', {})));
      }
  }
}

/**
 * Problems for the issues zod found in a value located at `prefix` in the document. One problem
 * per issue, except zod's implicit safe-integer bounds when the field has bounds of its own.
 */
export function problemsFromIssues(issues: ReadonlyArray<Issue>, prefix: Path): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (
      isSafeIntegerBound(issue) &&
      issues.some((other) => other !== issue && samePath(other, issue))
    ) {
      continue;
    }
    convert(issue, prefix, out);
  }
  return out;
}

function samePath(a: Issue, b: Issue): boolean {
  return a.path.length === b.path.length && a.path.every((key, index) => key === b.path[index]);
}
