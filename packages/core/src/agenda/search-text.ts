/**
 * Free-text search for the agenda, built for a search box that filters on every keystroke.
 *
 * The expensive part, turning a workshop's words into comparable text, happens once per
 * workshop: `createWorkshopSearchIndex(summit)` folds the title, summary, tags, room and
 * speakers of every workshop, in both languages, into one normalized string, and keeps it in a
 * `WeakMap` keyed by the workshop object. The index itself is cached per summit object. A
 * keystroke then costs one normalization of the query and, per query word, a search of the
 * summit's distinct words (listed on the first query) and a visit to the workshops holding those
 * that match; a list of workshops without its summit costs a few `String#includes` per workshop.
 *
 * Normalization (`normalizeSearchText`) makes the search forgiving the way a visitor expects:
 * case and accents are ignored (`economie` finds « Économie »), ligatures are spelled out
 * (`oeuvre` finds « Œuvre »), and punctuation separates words (`l’économie` holds `economie`).
 *
 * Summits are treated as immutable: an index does not notice members or workshops edited in
 * place. Build a new summit object (as `parseSummit` does) to search new data.
 */
import type { Member, Room, Workshop } from '../summit/summit.schema.js';
import type { LocalizedText } from '../summit/localized-text.js';
import { workshopRoom } from './group.js';

// Letters that Unicode decomposition leaves whole but that readers spell with plain letters.
const SPELLED_OUT: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ς: 'σ',
};
const SPELLED_OUT_PATTERN = /[œæßøłđðþς]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;
const SPACES = / {2,}/g;

/**
 * Folds one character: lower case, decomposed (NFKD), marks removed, ligatures spelled out,
 * anything but a letter or digit made a space. `É` → `e`, `Œ` → `oe`, `’` → ` `, U+0301 → ``.
 */
function foldCharacter(character: string): string {
  return character
    .toLowerCase()
    .normalize('NFKD')
    .toLowerCase() // compatibility forms can decompose to capitals: 'ϒ' → 'Υ'
    .replace(COMBINING_MARKS, '')
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(NOT_A_WORD, ' ');
}

// Unicode-aware regular expressions cost several times more per character than a table
// lookup, and an index folds megabytes of text; so each UTF-16 unit is folded once, on first
// sight, and remembered. Surrogates (emoji, rare ideographs) are kept as they are.
const foldedUnits: (string | undefined)[] = new Array<string | undefined>(0x10000);

function foldUnit(unit: number): string {
  let folded = foldedUnits[unit];
  if (folded === undefined) {
    const character = String.fromCharCode(unit);
    folded = unit >= 0xd800 && unit <= 0xdfff ? character : foldCharacter(character);
    foldedUnits[unit] = folded;
  }
  return folded;
}

/**
 * Folds text for comparison: lower case, no accents, ligatures spelled out, and every run of
 * punctuation or spaces turned into one space, none at either end.
 *
 * @example normalizeSearchText('L’Œuvre des Coopératives') // 'l oeuvre des cooperatives'
 */
export function normalizeSearchText(text: string): string {
  const lower = text.toLowerCase();
  let result = '';
  let run = 0; // start of the units copied as they are
  for (let i = 0; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    // a–z, 0–9 and the space fold to themselves: the common case, decided without lookup.
    if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || unit === 32) continue;
    const folded = foldUnit(unit);
    if (folded.length === 1 && folded.charCodeAt(0) === unit) continue;
    result += lower.slice(run, i) + folded;
    run = i + 1;
  }
  result += lower.slice(run);
  return result.replace(SPACES, ' ').trim();
}

/**
 * The distinct normalized words of a query; a workshop matches when its text holds them all.
 * An empty or punctuation-only query gives no words, which matches everything.
 */
export function searchWords(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized === '' ? [] : [...new Set(normalized.split(' '))];
}

/** Whether normalized `text` contains every word of `words` (as produced by `searchWords`). */
export function containsAllWords(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** Normalized searchable text of workshops, cached per workshop object. */
export interface WorkshopSearchIndex {
  /** The normalized text a query is matched against. Computed on first use for new workshops. */
  textOf(workshop: Workshop): string;
  /** Whether the workshop holds every word of the query. */
  matches(workshop: Workshop, query: string): boolean;
}

/** What an index reads from a summit: its members (for speaker names) and its workshops. */
export interface SearchSource {
  readonly members?: readonly Member[];
  readonly workshops?: readonly Workshop[];
  /** The listed rooms, whose names workshops refer to by `roomId`. */
  readonly rooms?: readonly Room[];
}

function pushText(into: string[], text: LocalizedText | undefined): void {
  if (text === undefined) return;
  if (typeof text === 'string') into.push(text);
  else {
    if (text.fr) into.push(text.fr);
    if (text.en && text.en !== text.fr) into.push(text.en);
  }
}

const indexes = new WeakMap<SearchSource, WorkshopSearchIndex>();
let memberlessIndex: WorkshopSearchIndex | undefined;
/** The text of each of a summit's workshops, by position in `summit.workshops`. */
const textLists = new WeakMap<SearchSource, readonly string[]>();

/** The list whose texts `textLists` holds, which a summit given a new list no longer has. */
const indexedLists = new WeakMap<SearchSource, readonly Workshop[]>();

/** Whether `summitSearchTexts(summit)` holds the texts of `workshops`, by position. */
export function searchTextsAreOf(summit: SearchSource, workshops: readonly Workshop[]): boolean {
  createWorkshopSearchIndex(summit);
  return indexedLists.get(summit) === workshops;
}

/**
 * The search text of `summit.workshops[i]` at `[i]`, for a filter that walks the summit's own
 * list: reading by position costs nothing, where a `WeakMap` lookup per workshop was half the
 * time of a keystroke at 100,000 workshops (a hash probe into a table too big for the caches).
 */
export function summitSearchTexts(summit: SearchSource): readonly string[] {
  createWorkshopSearchIndex(summit);
  return textLists.get(summit)!;
}

/**
 * The words of a summit's search texts, each listing the workshops (by position) that hold it.
 * A query word is found in a workshop's text exactly when it is part of one of the text's words
 * (query words hold no space), so a query reads the list of distinct words, then only the
 * workshops of the words that match.
 */
export interface WordIndex {
  /** The distinct words, each followed by `\n`, which no normalized text holds. */
  readonly words: string;
  /** Where word `i` starts in `words`; `[count]` is past the end. */
  readonly wordStarts: Uint32Array;
  /** The workshops holding word `i` are `positions[positionStarts[i] … positionStarts[i + 1] - 1]`. */
  readonly positionStarts: Uint32Array;
  readonly positions: Uint32Array;
}
const wordIndexes = new WeakMap<SearchSource, WordIndex>();

/** The word index of `texts` (normalized search texts), for `markTextsWithWords`. */
export function buildWordIndex(texts: readonly string[]): WordIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let counts = new Uint32Array(1024); // workshops per word
  let lastSeen = new Int32Array(1024).fill(-1); // last workshop counted for a word
  // The distinct word ids of each workshop, in turn.
  let ofWorkshops = new Uint32Array(1024);
  let pairs = 0;
  const workshopStarts = new Uint32Array(texts.length + 1);
  for (let position = 0; position < texts.length; position++) {
    const text = texts[position]!;
    workshopStarts[position] = pairs;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf(' ', from);
      if (to === -1) to = text.length;
      const word = text.slice(from, to);
      from = to + 1;
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        words.push(word);
        ids.set(word, id);
        if (id === counts.length) {
          counts = grown(counts, counts.length * 2);
          const seen = new Int32Array(lastSeen.length * 2).fill(-1);
          seen.set(lastSeen);
          lastSeen = seen;
        }
      }
      if (lastSeen[id] === position) continue;
      lastSeen[id] = position;
      counts[id]! += 1;
      if (pairs === ofWorkshops.length) ofWorkshops = grown(ofWorkshops, pairs * 2);
      ofWorkshops[pairs++] = id;
    }
  }
  workshopStarts[texts.length] = pairs;

  const positionStarts = new Uint32Array(words.length + 1);
  for (let id = 0; id < words.length; id++)
    positionStarts[id + 1] = positionStarts[id]! + counts[id]!;
  const next = positionStarts.slice(0, words.length);
  const positions = new Uint32Array(pairs);
  for (let position = 0; position < texts.length; position++) {
    for (let at = workshopStarts[position]!; at < workshopStarts[position + 1]!; at++) {
      positions[next[ofWorkshops[at]!]!++] = position;
    }
  }
  const wordStarts = new Uint32Array(words.length + 1);
  let at = 0;
  for (let id = 0; id < words.length; id++) {
    wordStarts[id] = at;
    at += words[id]!.length + 1;
  }
  wordStarts[words.length] = at;
  return {
    words: words.length === 0 ? '' : `${words.join('\n')}\n`,
    wordStarts,
    positionStarts,
    positions,
  };
}

function grown(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(length);
  larger.set(array);
  return larger;
}

function wordIndexOf(summit: SearchSource): WordIndex {
  let index = wordIndexes.get(summit);
  if (index === undefined) {
    index = buildWordIndex(summitSearchTexts(summit));
    wordIndexes.set(summit, index);
  }
  return index;
}

/**
 * Builds now what a summit's first text query would otherwise build (the search text of every
 * workshop and the list of their distinct words), for example while a page is idle after the
 * first render, so that the first keystroke costs what the others do. Optional: filtering
 * builds it on demand.
 */
export function prepareWorkshopSearch(summit: SearchSource): void {
  wordIndexOf(summit);
}

/**
 * Marks the workshops of `summit` (by position) whose text holds every word: `marks[i]` is
 * `words.length` for those, less for the others. `marks` must have one cell per workshop.
 *
 * Calling `includes` on each workshop's text, or searching all the texts end to end, reads the
 * whole text of the summit for each word: tens of megabytes at 100,000 workshops, which no
 * longer fit the processor's caches, so a keystroke took 20 to 40 times as long as at 10,000.
 * The distinct words are far fewer, and a matching word leads straight to its workshops.
 */
export function markWorkshopsWithWords(
  summit: SearchSource,
  words: readonly string[],
  marks: Uint32Array,
): void {
  markTextsWithWords(wordIndexOf(summit), words, marks);
}

/**
 * Marks the texts of `index` (by position) that hold every word, as `markWorkshopsWithWords`
 * does for a summit's workshops; the practices library searches its own texts with it.
 */
export function markTextsWithWords(
  index: WordIndex,
  words: readonly string[],
  marks: Uint32Array,
): void {
  const { words: all, wordStarts, positionStarts, positions } = index;
  marks.fill(0);
  for (let round = 0; round < words.length; round++) {
    const word = words[round]!;
    // Hits come in order and never straddle two words (a query word holds no `\n`): the word
    // holding one is found by walking `wordStarts` forward.
    let id = 0;
    let hit = all.indexOf(word);
    while (hit !== -1) {
      while (wordStarts[id + 1]! <= hit) id++;
      const last = positionStarts[id + 1]!;
      for (let at = positionStarts[id]!; at < last; at++) {
        const position = positions[at]!;
        if (marks[position] === round) marks[position] = round + 1;
      }
      hit = all.indexOf(word, wordStarts[id + 1]);
    }
  }
}

/**
 * The search index of a summit, built on first call and cached for that summit object.
 * The text of each workshop covers its title and summary in both languages, its tags, its
 * room's names and the names and organisations of its speakers. Without a summit, speakers
 * cannot be resolved and only the workshop's own fields are searched.
 */
export function createWorkshopSearchIndex(summit?: SearchSource): WorkshopSearchIndex {
  if (summit === undefined) return (memberlessIndex ??= buildIndex(undefined));
  let index = indexes.get(summit);
  if (index === undefined) {
    index = buildIndex(summit);
    indexes.set(summit, index);
  }
  return index;
}

/**
 * A summit's search texts and word index as plain data (strings and typed arrays), which a
 * worker that read the summit can build and hand over with the arrays' buffers transferred, so
 * the page does not spend a long task building them itself.
 */
export interface PreparedWorkshopSearch {
  /** The search text of `summit.workshops[i]` at `[i]`. */
  texts: readonly string[];
  words: WordIndex;
}

/** What `prepareWorkshopSearch` builds for `summit`, as data to hand over (`adoptWorkshopSearch`). */
export function preparedWorkshopSearch(summit: SearchSource): PreparedWorkshopSearch {
  return { texts: summitSearchTexts(summit), words: wordIndexOf(summit) };
}

/**
 * Takes `prepared`, built for a copy of `summit` (the same workshops in the same order), as
 * `summit`'s search data, unless `summit` has its own already or the lengths differ.
 */
export function adoptWorkshopSearch(summit: SearchSource, prepared: PreparedWorkshopSearch): void {
  const workshops = summit.workshops ?? [];
  if (indexes.has(summit) || prepared.texts.length !== workshops.length) return;
  indexes.set(summit, buildIndex(summit, prepared.texts));
  if (!wordIndexes.has(summit)) wordIndexes.set(summit, prepared.words);
}

/** The index of `summit`; `known` holds its workshops' texts when they were built elsewhere. */
function buildIndex(
  summit: SearchSource | undefined,
  known?: readonly string[],
): WorkshopSearchIndex {
  const members = new Map<string, Member>();
  for (const member of summit?.members ?? []) members.set(member.id, member);
  const texts = new WeakMap<Workshop, string>();
  if (known) summit?.workshops?.forEach((workshop, at) => texts.set(workshop, known[at]!));

  const textOf = (workshop: Workshop): string => {
    let text = texts.get(workshop);
    if (text === undefined) {
      const parts: string[] = [];
      pushText(parts, workshop.title);
      pushText(parts, workshop.summary);
      pushText(parts, workshopRoom(workshop, summit)?.name);
      for (const tag of workshop.tags) parts.push(tag);
      for (const id of workshop.speakerIds) {
        const member = members.get(id);
        if (member === undefined) continue;
        parts.push(member.name);
        if (member.organisation) parts.push(member.organisation);
      }
      text = normalizeSearchText(parts.join(' '));
      texts.set(workshop, text);
    }
    return text;
  };

  const list = known ?? (summit?.workshops ?? []).map(textOf);
  if (summit !== undefined) {
    textLists.set(summit, list);
    if (summit.workshops !== undefined) indexedLists.set(summit, summit.workshops);
  }

  return {
    textOf,
    matches: (workshop, query) => containsAllWords(textOf(workshop), searchWords(query)),
  };
}

/** The text search the agenda's filters read a query with (see `filterWorkshopsWith`). */
export const WORKSHOP_TEXT_SEARCH = {
  containsAllWords,
  createWorkshopSearchIndex,
  markWorkshopsWithWords,
  searchTextsAreOf,
  searchWords,
  summitSearchTexts,
};
