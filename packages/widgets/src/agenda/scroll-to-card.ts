/**
 * "Jump to now" once the agenda shows the target card: the card scrolled to the middle of the
 * screen and its title focused.
 */

/** Scrolls `card` to the middle of the window and focuses its title (or link, or itself). */
export function scrollToCard(card: HTMLElement): void {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  card.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  (card.querySelector<HTMLElement>('[data-open], a') ?? card).focus({ preventScroll: true });
  // Slots skipped on the way (`content-visibility`) get their real height as they pass into
  // view, which moves the card once the scroll has aimed: centre it again where it lands. A
  // scroll that ends elsewhere after 3 s is the visitor's own, and left alone (as is every
  // scroll in a browser without `scrollend`).
  const view = card.ownerDocument.defaultView!;
  const recentre = () => card.scrollIntoView({ block: 'center' });
  view.addEventListener('scrollend', recentre, { once: true });
  setTimeout(() => view.removeEventListener('scrollend', recentre), 3000);
}
