/**
 * What an element tells the developer console when it shows data without the records it found
 * invalid: the records themselves are reported in its load event (`warnings`); this line is
 * for whoever opens the console while setting the element up.
 */

/** A record left out, as the loaders report it: where it was and why, in English at least. */
export interface LeftOut {
  where: string;
  message: { en: string };
}

/**
 * Warns in the console that `tag` showed `what` (`the summit`, `the library`…) without the
 * records of `warnings`; says nothing when there are none.
 */
export function warnLeftOut(tag: string, what: string, warnings: readonly LeftOut[]): void {
  if (warnings.length === 0) return;
  console.warn(
    `[gics] <${tag}> showed ${what} without ${warnings.length} problem(s) it found in the data:`,
    warnings.map((warning) => `${warning.where}: ${warning.message.en}`),
  );
}
