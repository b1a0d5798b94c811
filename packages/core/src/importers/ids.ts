/**
 * Identifiers for imported records. GICS ids are letters, digits and `. _ : ~ -`, starting with
 * a letter or digit (they end up in URLs, fragment ids and calendar UIDs); source tools use
 * integers, GUIDs, short codes or nothing at all. Each importer keeps one `IdRegistry` per kind
 * of record so that ids stay unique, and tells the user when one had to change.
 */
import { ID_PATTERN } from '../summit/checks.js';

const MAX_ID_LENGTH = 80;

/** Whether a summit takes `value` as an id as it is (the rule its schema and reader share). */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Removes accents: `Émilie Côté` → `Emilie Cote`. */
function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Turns any text into a valid id, keeping its case and punctuation where allowed:
 * `Session #12` → `Session-12`. Returns `''` when nothing usable is left (e.g. `李明`).
 */
export function sanitizeId(raw: string): string {
  return stripAccents(raw)
    .replace(/[^A-Za-z0-9._:~-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/[-._:~]+$/, '');
}

/**
 * A lower-case, hyphenated id made from a name: `Économie sociale & solidaire` →
 * `economie-sociale-solidaire`. Returns `''` when the name has no Latin letter or digit.
 */
export function slugify(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
}

/** The outcome of claiming an id: the id given out and why it differs from the one asked for. */
export interface ClaimedId {
  id: string;
  /** `rewritten`: the source id had forbidden characters; `duplicate`: it was already taken. */
  change?: 'rewritten' | 'duplicate';
}

/** Hands out unique ids within one kind of record (workshops, themes or members). */
export class IdRegistry {
  readonly #taken = new Set<string>();
  readonly #prefix: string;

  /** `prefix` names generated ids when nothing usable is given: `person-1`, `person-2`… */
  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /**
   * Claims an id taken from the source (`sourceId`), or derived from a name (`derived`, which is
   * expected to change and is never reported). Falls back on a numbered id.
   */
  claim(sourceId: string | undefined, derived?: string): ClaimedId {
    let base = '';
    let change: ClaimedId['change'];
    if (sourceId !== undefined && sourceId !== '') {
      base = isValidId(sourceId) ? sourceId : sanitizeId(sourceId);
      if (base !== sourceId) change = 'rewritten';
    }
    if (base === '' && derived) base = slugify(derived);
    if (base === '') return { id: this.#numbered(), ...(change ? { change } : {}) };
    if (!this.#taken.has(base)) {
      this.#taken.add(base);
      return change ? { id: base, change } : { id: base };
    }
    let suffix = 2;
    while (this.#taken.has(`${base}-${suffix}`)) suffix += 1;
    const id = `${base}-${suffix}`;
    this.#taken.add(id);
    return { id, change: sourceId ? (change ?? 'duplicate') : change };
  }

  #numbered(): string {
    let index = this.#taken.size + 1;
    while (this.#taken.has(`${this.#prefix}-${index}`)) index += 1;
    const id = `${this.#prefix}-${index}`;
    this.#taken.add(id);
    return id;
  }
}

/**
 * A short, stable fingerprint of a text (32-bit FNV-1a in base 36, e.g. `1x4k9qz`): ids made
 * from a session's start, room and title, for sources that give the session no key.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
