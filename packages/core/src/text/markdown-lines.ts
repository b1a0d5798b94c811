/**
 * The rules of the Markdown GICS reads (see `markdown.ts` for what is understood), as the two
 * readers share them: the text's lines with what each starts (`markdownLines`) and the inline
 * pattern (`INLINE`); and the reader of plain text (`markdownToPlainText`), which cards show on
 * every visit. Apart from the reader of inline nodes (`parseMarkdown`), which only a dialog
 * needs, so a bundle that shows plain text alone carries none of it.
 */

/** What a line of text starts: a block, an item of the current list, or a line of either. */
const NEW_BLOCK = 0;
export const NEW_ITEM = 1;
export const NEW_LINE = 2;

/** Kinds of block a line belongs to. */
const PARAGRAPH = 0;
export const HEADING = 1;
export const BULLET = 2;
export const ORDERED = 3;
export type LineKind = typeof PARAGRAPH | typeof HEADING | typeof BULLET | typeof ORDERED;

/** A non-blank line: what it starts, its block's kind, its text without marker, an item's number. */
export type Line = [step: number, kind: LineKind, content: string, number: number];

/** A heading, bullet or numbered-item marker at the start of a trimmed line. */
const MARKER = /^(?:(#{1,6})(?:\s+|$)|([-*+])\s+|(\d{1,9})[.)]\s+)?(.*)$/s;

/**
 * The inline syntax, one alternative per construct, tried left to right:
 * 1 escaped punctuation · 2 code · 3, 4 link text and address · 5 autolink · 6 bare address ·
 * 7, 8 strong (`**`, `__`) · 9, 10 emphasis (`*`, `_`).
 */
export const INLINE =
  /\\([!-/:-@[-`{-~])|`([^`]+)`|!?\[([^[\]]+)\]\(\s*(<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<((?:https?:\/\/|mailto:)[^\s<>]+)>|(https?:\/\/(?:[^\s<>()]|\([^\s<>()]*\))*(?:[^\s<>().,:;!?"'*_~\]]|\([^\s<>()]*\)))|\*\*([^\s*](?:[^*]*[^\s*])?)\*\*|(?<![\p{L}\p{N}_])__([^\s_](?:[^_]*[^\s_])?)__(?![\p{L}\p{N}_])|\*([^\s*](?:[^*]*[^\s*])?)\*|(?<![\p{L}\p{N}_])_([^\s_](?:[^_]*[^\s_])?)_(?![\p{L}\p{N}_])/giu;

/**
 * The text's non-blank lines with what each starts. A blank line ends a paragraph; a list
 * goes on across blank lines while its items follow; a numbered line interrupts a paragraph
 * only when its number is 1 (so "2014. A year…" inside a paragraph stays text).
 */
export function markdownLines(text: string): Line[] {
  const lines: Line[] = [];
  // The kind of block the previous non-blank line belongs to: none before the first.
  let current: LineKind | undefined;
  let blank = false;
  // An ordered item's number: the list's first, then one more per item, as a list shows them.
  let count = 0;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (!line) {
      blank = true;
      continue;
    }
    const [, heading, bullet, number, content = ''] = MARKER.exec(line)!;
    let kind: LineKind = heading
      ? HEADING
      : bullet
        ? BULLET
        : number && (current !== PARAGRAPH || blank || number === '1')
          ? ORDERED
          : PARAGRAPH;
    let step = NEW_BLOCK;
    if (kind === PARAGRAPH) {
      if (!blank && current !== undefined && current !== HEADING) {
        kind = current;
        step = NEW_LINE;
      }
    } else if (kind === current && kind !== HEADING) step = NEW_ITEM;
    // A paragraph's line keeps any marker it starts with ("2014. A year…", "#hashtag").
    const body = step === NEW_LINE || kind === PARAGRAPH ? line : content;
    if (step !== NEW_LINE) count = step === NEW_ITEM ? count + 1 : Number(number);
    current = kind;
    blank = false;
    if (body) lines.push([step, kind, body, count]);
  }
  return lines;
}

/** `text` without its inline marks: link text, code and addresses kept as text. */
function plainInline(text: string): string {
  return text.replace(
    INLINE,
    (_match, escaped, code, linkText, _href, autolink, url, strong, strong_, em, em_) =>
      escaped ?? code ?? autolink ?? url ?? plainInline(linkText ?? strong ?? strong_ ?? em ?? em_),
  );
}

/**
 * The text without its Markdown marks, for places that show plain text (cards, calendar
 * files): paragraphs and lists separated by a blank line, line breaks kept, list items on a
 * line each (`• ` or their number), link text kept without its address.
 */
export function markdownToPlainText(text: string): string {
  let plain = '';
  for (const [step, kind, content, number] of markdownLines(text)) {
    if (plain) plain += step === NEW_BLOCK ? '\n\n' : '\n';
    if (step !== NEW_LINE) plain += kind === BULLET ? '• ' : kind === ORDERED ? number + '. ' : '';
    plain += plainInline(content);
  }
  return plain;
}
