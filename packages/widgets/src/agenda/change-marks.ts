/**
 * What refreshes changed, in the words the cards show: "Moved (previously 10:00–11:00 a.m.)",
 * "New", "Updated". Marks exist only once a refresh has changed the programme, so this module
 * arrives with the refresher (refresh.ts re-exports it) and the view model (view-model.ts)
 * finds it there: the agenda's first load carries none of it.
 */
import {
  calendarDateIn,
  formatDateTimeRange,
  formatDayHeading,
  formatTimeRange,
  workshopRoom,
  type FormatOptions,
} from '@gics/core/agenda';
import { localize, type Language, type Summit, type Workshop } from '@gics/core/summit';
import { agendaUpdateMessages, type AgendaUpdateMessages } from '../i18n/agenda-updates.js';
import type { ChangeMarks, MovedFrom } from './view-model.js';

/** What the marks are worded for: the clock's instant, the language and the zone shown. */
export interface MarkWording {
  readonly instant: number;
  readonly lang: Language;
  readonly zone: string;
}

/** The marks of `changes` still shown at `instant`, in words, by workshop id. */
export function changeMarkTexts(
  changes: ChangeMarks,
  summit: Summit,
  { instant, lang, zone }: MarkWording,
): Map<string, string> {
  const t = agendaUpdateMessages[lang];
  const texts = new Map<string, string>();
  const byId = new Map(summit.workshops.map((workshop) => [workshop.id, workshop]));
  for (const [id, mark] of changes.marks) {
    const workshop = byId.get(id);
    if (!workshop || mark.until <= instant) continue;
    if (mark.kind === 'moved') {
      const options = { lang, timeZone: zone, eventTimeZone: summit.timeZone };
      texts.set(id, movedMark(workshop, summit, mark.from, options, t));
    } else {
      texts.set(id, mark.kind === 'added' ? t.addedMark : t.editedMark);
    }
  }
  return texts;
}

/**
 * A moved workshop's mark. Its card shows the new time and room already, so the mark says what
 * they were: the times that changed (the day alone when only the day changed, both when both
 * did), the room that changed; only "Moved" when neither differs (moved back, or nothing known).
 */
function movedMark(
  workshop: Workshop,
  summit: Summit,
  from: MovedFrom | undefined,
  options: FormatOptions,
  t: AgendaUpdateMessages,
): string {
  if (!from) return t.moved;
  const was: string[] = [];
  if (
    Date.parse(from.start) !== Date.parse(workshop.start) ||
    Date.parse(from.end) !== Date.parse(workshop.end)
  ) {
    const times = formatTimeRange(from.start, from.end, options);
    if (
      calendarDateIn(from.start, options.timeZone) ===
      calendarDateIn(workshop.start, options.timeZone)
    ) {
      was.push(times);
    } else if (times === formatTimeRange(workshop.start, workshop.end, options)) {
      was.push(formatDayHeading(from.start, options));
    } else {
      was.push(formatDateTimeRange(from.start, from.end, options));
    }
  }
  const room = from.room && localize(from.room.name, options.lang);
  if (room && from.room?.key !== workshopRoom(workshop, summit)?.key) was.push(room);
  return was.length > 0 ? t.movedFrom(was.join(', ')) : t.moved;
}
