/**
 * Words several GICS elements say the same way (the agenda and the newsletter signup both
 * offer "Try again" and mark links that open a new tab). Each element's messages include them
 * (`{ ...commonFr, … }`), so a word changed here changes everywhere.
 */

export interface CommonMessages {
  /** The button that repeats what failed. */
  retry: string;
  /** Visually hidden after a link that opens a new tab. */
  newTab: string;
}
