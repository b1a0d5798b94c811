const checkedZones = new Map<string, boolean>();

/**
 * Whether `zone` is a time zone this runtime knows, aliases included. We ask `Intl` to build a
 * formatter rather than look the name up in `Intl.supportedValuesOf('timeZone')`, which lists
 * canonical names only (`America/Toronto`, not `America/Montreal`).
 */
export function isValidTimeZone(zone: string): boolean {
  const known = checkedZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    valid = zone.length > 0;
  } catch {
    valid = false;
  }
  checkedZones.set(zone, valid);
  return valid;
}
