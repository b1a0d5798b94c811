/**
 * The Markdown GICS reads in workshop summaries and descriptions, member bios and practice
 * bodies: a safe subset of CommonMark, the one schedule tools (pretalx, frab) let speakers use.
 *
 * The flow: text ──markdownLines──▶ non-blank lines, each saying whether it starts a block, a
 * list item or a line of the current one ──INLINE──▶ inline nodes (`parseMarkdown`) or the
 * same text without its marks (`markdownToPlainText`). Both read the same lines with the same
 * pattern, so a card's plain text and the dialog's rendering always say the same words. The
 * lines, the pattern and the plain text are `markdown-lines.ts`, which a bundle showing plain
 * text alone (the agenda's cards) carries without this file.
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
import {
  BULLET,
  HEADING,
  INLINE,
  markdownLines,
  NEW_ITEM,
  NEW_LINE,
  ORDERED,
} from './markdown-lines.js';

export { markdownToPlainText } from './markdown-lines.js';

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

/** `http:`, `https:` and `mailto:` addresses: the only ones a link keeps. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)\S+$/i;

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
