/**
 * The converter of an attribute that holds a list (`themes="a b"`, `lists="x, y"`): words
 * separated by white space or commas, empty ones dropped. Use it as
 * `@property({ converter: listAttribute }) things: string[] = [];`. Lists are read from the
 * attribute only; a list set as a property is not written back.
 */
export function listAttribute(value: string | null): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}
