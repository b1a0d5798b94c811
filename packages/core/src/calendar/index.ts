export { icsFileName, toICalendar, writeICalendar, type ICalendarOptions } from './icalendar.js';
export { googleCalendarUrl, outlookCalendarUrl, type CalendarLinkOptions } from './links.js';
