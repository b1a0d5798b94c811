/**
 * Calendar files the visitor downloads: made by the calendar export and saved through a
 * temporary `blob:` link (no server, no inline script). This module and the calendar export
 * arrive together, on demand, the first time a visitor downloads (`loadDownload` in `modules.ts`).
 */
import { icsFileName, toICalendar } from '@gics/core/calendar';
import type { Language, Summit } from '@gics/core/summit';

/** Saves text as a file through a temporary `blob:` link. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves the workshops `workshopIds` of `summit` as one `.ics` file, named `fileName` or, by
 * default, after the summit.
 */
export function downloadCalendar(
  summit: Summit,
  lang: Language,
  workshopIds: readonly string[],
  fileName?: string,
): void {
  const text = toICalendar(summit, { lang, workshopIds });
  downloadText(text, fileName ?? icsFileName(summit, lang), 'text/calendar;charset=utf-8');
}
