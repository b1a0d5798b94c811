/**
 * The Markdown GICS reads in workshop summaries and descriptions, member bios and practice
 * bodies: a safe subset of CommonMark, the one schedule tools (pretalx, frab) let speakers use.
 *
 * The flow: text ──markdownLines──▶ non-blank lines, each saying whether it starts a block, a
 * list item or a line of the current one ──INLINE──▶ inline nodes (`parseMarkdown`) or the
 * same text without its marks (`markdownToPlainText`). Both read the same lines with the same
 * pattern, so a card's plain text and the dialog's rendering always say the same words.
 *
 * What is understood:
 * - blocks: paragraphs (every line break is kept), bullet lists (`-`, `*`, `+`) and numbered
 *   lists (`1.`, `1)`), one level: an indented item belongs to the same list; a heading
 *   (`# …` to `###### …`) becomes a paragraph in bold; a line after an item continues it.
 * - inline: `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_` (an `_` inside a word is a
 *   letter, as in `snake_case`), `` `code` `` (one backtick each side), `[text](url)` and
 *   `![text](url)` (a link: no image is ever loaded), `<https://…>` and bare `https://…`
 *   addresses, and backslash escapes (`\*`).
 * - links keep their address only when it is `http:`, `https:` or `mailto:`; any other (a
 *   `javascript:` one, a relative path) leaves its text as plain text.
 * - everything else — HTML tags, entities, block quotes, code fences, tables — stays literal
 *   text: nothing in the text is ever interpreted as markup.
 *
 * Time is linear in the length of the text: each alternative of `INLINE` gives up at the next
 * occurrence of its own delimiter, and emphasis content is parsed again at most a few levels
 * deep (its content cannot hold its own delimiter).
 */

/** A piece of text inside a paragraph or a list item. */
export type MarkdownInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'emphasis'; children: MarkdownInline[] }
  | { type: 'code'; text: string }
  /** `href` is always an `http:`, `https:` or `mailto:` address. */
  | { type: 'link'; href: string; children: MarkdownInline[] }
  | { type: 'break' };

/** A block of text: a paragraph or a list, whose items are inline content. */
export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'bulletList'; items: MarkdownInline[][] }
  /** `start` is the number of the first item. */
  | { type: 'orderedList'; start: number; items: MarkdownInline[][] };

/** What a line of text starts: a block, an item of the current list, or a line of either. */
const NEW_BLOCK = 0;
const NEW_ITEM = 1;
const NEW_LINE = 2;

/** Kinds of block a line belongs to. */
const PARAGRAPH = 0;
const HEADING = 1;
const BULLET = 2;
const ORDERED = 3;
type LineKind = typeof PARAGRAPH | typeof HEADING | typeof BULLET | typeof ORDERED;

/** A non-blank line: what it starts, its block's kind, its text without marker, an item's number. */
type Line = [step: number, kind: LineKind, content: string, number: number];

/** A heading, bullet or numbered-item marker at the start of a trimmed line. */
const MARKER = /^(?:(#{1,6})(?:\s+|$)|([-*+])\s+|(\d{1,9})[.)]\s+)?(.*)$/s;

/**
 * The inline syntax, one alternative per construct, tried left to right:
 * 1 escaped punctuation · 2 code · 3, 4 link text and address · 5 autolink · 6 bare address ·
 * 7, 8 strong (`**`, `__`) · 9, 10 emphasis (`*`, `_`).
 */
const INLINE =
  /\\([!-/:-@[-`{-~])|`([^`]+)`|!?\[([^[\]]+)\]\(\s*(<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<((?:https?:\/\/|mailto:)[^\s<>]+)>|(https?:\/\/(?:[^\s<>()]|\([^\s<>()]*\))*(?:[^\s<>().,:;!?"'*_~\]]|\([^\s<>()]*\)))|\*\*([^\s*](?:[^*]*[^\s*])?)\*\*|(?<![\p{L}\p{N}_])__([^\s_](?:[^_]*[^\s_])?)__(?![\p{L}\p{N}_])|\*([^\s*](?:[^*]*[^\s*])?)\*|(?<![\p{L}\p{N}_])_([^\s_](?:[^_]*[^\s_])?)_(?![\p{L}\p{N}_])/giu;

/** `http:`, `https:` and `mailto:` addresses: the only ones a link keeps. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)\S+$/i;

/**
 * The text's non-blank lines with what each starts. A blank line ends a paragraph; a list
 * goes on across blank lines while its items follow; a numbered line interrupts a paragraph
 * only when its number is 1 (so "2014. A year…" inside a paragraph stays text).
 */
function markdownLines(text: string): Line[] {
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

/** Adds text to `nodes`, joined to the text node before it if any. */
function pushText(nodes: MarkdownInline[], text: string): void {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.text += text;
  else if (text) nodes.push({ type: 'text', text });
}

/** Inline nodes of one line (`inLink`: the text of a link, where addresses stay text). */
function parseInline(text: string, inLink = false): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  let from = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, escaped, code, linkText, href, autolink, url, strong, strong_, em, em_] = match;
    pushText(nodes, text.slice(from, match.index));
    from = match.index + whole.length;
    if (escaped !== undefined) pushText(nodes, escaped);
    else if (code !== undefined) nodes.push({ type: 'code', text: code });
    else if (linkText !== undefined) {
      const children = parseInline(linkText, true);
      const address = href!.replace(/^<(.*)>$/s, '$1');
      if (!inLink && SAFE_HREF.test(address)) nodes.push({ type: 'link', href: address, children });
      else for (const child of children) pushNode(nodes, child);
    } else if (autolink !== undefined || url !== undefined) {
      const address = (autolink ?? url)!;
      if (inLink) pushText(nodes, address);
      else nodes.push({ type: 'link', href: address, children: [{ type: 'text', text: address }] });
    } else {
      const children = parseInline((strong ?? strong_ ?? em ?? em_)!, inLink);
      nodes.push({ type: (strong ?? strong_) ? 'strong' : 'emphasis', children });
    }
  }
  pushText(nodes, text.slice(from));
  return nodes;
}

/** Adds a node, joining text nodes. */
function pushNode(nodes: MarkdownInline[], node: MarkdownInline): void {
  if (node.type === 'text') pushText(nodes, node.text);
  else nodes.push(node);
}

/**
 * Parses the safe Markdown subset (see the top of this file) into blocks of inline nodes.
 * Never throws; plain text comes back as paragraphs of text with its line breaks.
 */
export function parseMarkdown(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let lines: MarkdownInline[] = [];
  for (const [step, kind, content, number] of markdownLines(text)) {
    const inline = parseInline(content);
    if (step === NEW_LINE) {
      lines.push({ type: 'break' });
      for (const node of inline) pushNode(lines, node);
      continue;
    }
    lines = inline;
    const last = blocks[blocks.length - 1];
    if (step === NEW_ITEM && last && last.type !== 'paragraph') last.items.push(lines);
    else if (kind === BULLET) blocks.push({ type: 'bulletList', items: [lines] });
    else if (kind === ORDERED) blocks.push({ type: 'orderedList', start: number, items: [lines] });
    else if (kind === HEADING)
      blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: lines }] });
    else blocks.push({ type: 'paragraph', children: lines });
  }
  return blocks;
}
