/**
 * Rooms of the sources that list them once, each with an id, and refer to them by that id from
 * every session: pretalx (`rooms[].id`, a talk's `room`) and Sessionize (`rooms[].id`, a
 * session's `roomId`). Both file a listed room in `builder.rooms` under `listedRoomKey(id)`.
 */
import { field, text, type Path, type SourceRecord } from './source-values.js';
import type { SummitBuilder } from './summit-builder.js';

/** The key a listed room is filed under in `builder.rooms`. */
export function listedRoomKey(id: string): string {
  return `id:${id}`;
}

/**
 * The room a session's `key` field refers to by id, or `undefined` when the session names none;
 * a reference to a room the source does not list is dropped with an `unknown_room` note.
 */
export function referencedRoom(
  builder: SummitBuilder,
  session: SourceRecord,
  key: string,
  path: Path,
): string | undefined {
  const sourceRoom = text(field(session, key));
  if (sourceRoom === undefined) return undefined;
  const roomId = builder.rooms.get(listedRoomKey(sourceRoom));
  if (!roomId) builder.note('unknown_room', [...path, key], { room: sourceRoom });
  return roomId;
}
