export { findConflictGroups, findConflicts } from './conflicts.js';
export type { WorkshopConflict } from './conflicts.js';
export { filterWorkshopPositions, filterWorkshops } from './filter.js';
export type { WorkshopCriteria } from './filter.js';
export { filterWorkshopPositionsWith, filterWorkshopsWith } from './filter-engine.js';
export type { WorkshopTextSearch } from './filter-engine.js';
export {
  formatDateTimeRange,
  formatDayHeading,
  formatTime,
  formatTimeRange,
  formatTimeZoneLabel,
  formatTimeZoneName,
  isSameTimeZone,
  timeZoneCity,
} from './format.js';
export type { FormatOptions } from './format.js';
export {
  groupWorkshopsByDay,
  listDays,
  listLanguages,
  listRooms,
  roomKey,
  workshopRoom,
} from './group.js';
export type { AgendaDay, AgendaRoom, AgendaSlot, RoomSource, ZoneOptions } from './group.js';
export { compareProgrammes, hasProgrammeChanges } from './changes.js';
export type { ProgrammeChanges, WorkshopChange } from './changes.js';
export { layoutDayGrid } from './grid.js';
export type { DayGrid, DayGridOptions, GridCell, GridSummit } from './grid.js';
export { happeningNow, upNext } from './now.js';
export {
  containsAllWords,
  createWorkshopSearchIndex,
  normalizeSearchText,
  prepareWorkshopSearch,
  searchWords,
  WORKSHOP_TEXT_SEARCH,
} from './search-text.js';
export type { SearchSource, WorkshopSearchIndex } from './search-text.js';
export {
  calendarDateIn,
  conferenceDateIn,
  conferenceDayStart,
  dayChangeMinutes,
  dayOptionsOf,
  minutesIntoConferenceDay,
  toEpoch,
  wallClockMinutes,
} from './time.js';
export type { DayOptions, Instant, TimedItem } from './time.js';
