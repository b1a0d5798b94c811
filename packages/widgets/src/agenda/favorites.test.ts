import { afterEach, describe, expect, it } from 'vitest';
import { FavoriteStore, Favorites } from './favorites.js';
import { ControllerHost } from './testing/controller-host.js';

const KEY = 'gics-agenda:favorites:test-summit';
afterEach(() => localStorage.removeItem(KEY));

describe('FavoriteStore', () => {
  it('keeps favourites in localStorage, one list per summit', () => {
    const store = new FavoriteStore('test-summit');
    expect(store.persistent).toBe(true);
    expect(store.toggle('a')).toBe(true);
    expect(store.toggle('b')).toBe(true);
    expect(store.toggle('a')).toBe(false);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(['b']);
    expect(new FavoriteStore('test-summit').has('b')).toBe(true);
    expect(new FavoriteStore('other-summit').has('b')).toBe(false);
  });

  it('starts empty from a damaged entry, and keeps only ids from a list', () => {
    localStorage.setItem(KEY, '{not json');
    expect([...new FavoriteStore('test-summit').ids]).toEqual([]);
    localStorage.setItem(KEY, JSON.stringify(['a', 3, null, 'b']));
    expect([...new FavoriteStore('test-summit').ids]).toEqual(['a', 'b']);
  });

  it('keeps favourites in memory, and says so, when storage refuses writes', () => {
    const store = new FavoriteStore('test-summit');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(store.toggle('a')).toBe(true);
      expect(store.persistent).toBe(false);
      expect(store.has('a')).toBe(true);
      // A new store finds storage unusable from the start.
      expect(new FavoriteStore('test-summit').persistent).toBe(false);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('Favorites', () => {
  it('does nothing before a summit is open', () => {
    const host = new ControllerHost();
    const favorites = new Favorites(host);
    expect(favorites.toggle('a')).toBeUndefined();
    expect(favorites.persistent).toBeUndefined();
    expect(host.updates).toBe(0);
  });

  it('gives a new set of ids after each change, and asks its host to render', () => {
    localStorage.setItem(KEY, JSON.stringify(['kept']));
    const host = new ControllerHost();
    const favorites = new Favorites(host);
    favorites.open('test-summit');
    const before = favorites.ids;
    expect([...before]).toEqual(['kept']);
    expect(favorites.touched).toBe(false);
    expect(favorites.toggle('new')).toBe(true);
    expect(favorites.ids).not.toBe(before);
    expect([...favorites.ids]).toEqual(['kept', 'new']);
    expect([...before], 'an earlier set stays as it was').toEqual(['kept']);
    expect(favorites.touched).toBe(true);
    expect(host.updates).toBe(1);
  });
});
