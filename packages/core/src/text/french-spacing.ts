/**
 * French typography puts a no-break space before `: ; ! ?` and inside « guillemets », so a line
 * never wraps between a word and its punctuation. Messages are written with ordinary spaces
 * for readability; this turns them into the right characters (U+202F narrow no-break space
 * before `; ! ?` and inside guillemets, U+00A0 before `:`, as Quebec usage prefers).
 */
export function applyFrenchSpacing(text: string): string {
  return text
    .replace(/ ([:])/g, '\u00a0$1')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/« /g, '«\u202f')
    .replace(/ »/g, '\u202f»');
}
