/**
 * The plain text of a card's Markdown summary, remembered: cards render again on every filter
 * change and keystroke, and a summary's text does not change. Forgets everything past 5,000
 * summaries.
 */
import { markdownToPlainText } from '@gics/core';

const plainTexts = new Map<string, string>();

/** `markdown` without its marks (see `markdownToPlainText`). */
export function plainSummary(markdown: string): string {
  let text = plainTexts.get(markdown);
  if (text === undefined) {
    if (plainTexts.size > 5000) plainTexts.clear();
    text = markdownToPlainText(markdown);
    plainTexts.set(markdown, text);
  }
  return text;
}
