/**
 * Calendar export (the `.ics` writer, Google and Outlook links), loaded on demand the first
 * time a workshop's dialog opens or a download is asked for, so the agenda's first paint does
 * not carry it. Taken from the core's `@gics/core/calendar` subpath, which an app's bundler
 * splits into its own chunk.
 */
export {
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  toICalendar,
} from '@gics/core/calendar';
