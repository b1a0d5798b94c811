/**
 * Markdown text (a workshop's summary or description) as Lit templates, for the workshop
 * dialog: `parseMarkdown` from `@gics/core` reads the safe subset into blocks, and each node
 * becomes an element whose content is a text binding. Nothing from the text is ever parsed as
 * HTML, and the only attribute it gives is a link's `href`, which the parser keeps for
 * `http:`, `https:` and `mailto:` addresses only and which is checked again here. Web links
 * open in a new tab, without `window.opener` or a referrer.
 *
 * Only modules that arrive on demand (the workshop dialog) import it, so no first paint carries
 * the Markdown parser.
 */
import { html, type TemplateResult } from 'lit';
import { parseMarkdown, type MarkdownInline } from '@gics/core';
import { localize, type Language, type Link } from '@gics/core/summit';

/** What the rendering needs from the element that shows the text. */
export interface MarkdownContext {
  /** Said after a link that opens in a new tab, for screen readers: "(opens in a new tab)". */
  newTab: string;
}

/** Whether `href` is an absolute `http:`, `https:` or `mailto:` URL. */
function isLinkable(href: string): boolean {
  try {
    return /^(?:https?|mailto):$/.test(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * A link to `href` showing `content`; the content alone when `href` is not an `http:`,
 * `https:` or `mailto:` URL. Web links open in a new tab and say so to screen readers.
 */
export function renderLink(href: string, content: unknown, context: MarkdownContext): unknown {
  if (!isLinkable(href)) return content;
  return /^mailto:/i.test(href)
    ? html`<a href=${href}>${content}</a>`
    : html`<a href=${href} target="_blank" rel="noopener noreferrer"
        >${content}<span class="vh"> ${context.newTab}</span></a
      >`;
}

/**
 * One list item a link (a workshop's, a member's, a practice's), each showing its title in
 * `lang`, else its address, linked as `renderLink` does.
 */
export function renderLinkItems(
  links: readonly Link[],
  lang: Language,
  context: MarkdownContext,
): TemplateResult[] {
  return links.map(
    (link) =>
      html`<li>${renderLink(link.url, localize(link.title, lang) || link.url, context)}</li>`,
  );
}

function renderInline(nodes: MarkdownInline[], context: MarkdownContext): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return html`<br />`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'strong':
        return html`<strong>${renderInline(node.children, context)}</strong>`;
      case 'emphasis':
        return html`<em>${renderInline(node.children, context)}</em>`;
      case 'link':
        return renderLink(node.href, renderInline(node.children, context), context);
    }
  });
}

/** `text` (Markdown) as paragraphs and lists; none for empty text. */
export function renderMarkdown(text: string, context: MarkdownContext): TemplateResult[] {
  const items = (list: MarkdownInline[][]) =>
    list.map((item) => html`<li>${renderInline(item, context)}</li>`);
  return parseMarkdown(text).map((block) =>
    block.type === 'paragraph'
      ? html`<p>${renderInline(block.children, context)}</p>`
      : block.type === 'bulletList'
        ? html`<ul>
            ${items(block.items)}
          </ul>`
        : html`<ol start=${block.start}>
            ${items(block.items)}
          </ol>`,
  );
}
