/**
 * Registers a tag once. A page can end up with two copies of GICS Kit (a plugin and a theme
 * both embedding it); the second copy must not throw, so it skips the tag and says so once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(
      `[gics] <${tag}> is already defined, probably by a second copy of GICS Kit on this page; keeping the first one.`,
    );
  }
}
