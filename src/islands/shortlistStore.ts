import { parseItems, serializeItems, SHORTLIST_STORAGE_KEY, type ShortlistItem } from '../lib/suppliers/shortlist.ts';

/** The visitor's shortlist in localStorage; an unavailable storage (private mode, blocked) behaves as empty. */
export function loadShortlist(): ShortlistItem[] {
  try {
    return parseItems(window.localStorage.getItem(SHORTLIST_STORAGE_KEY));
  } catch {
    return [];
  }
}

export function saveShortlist(items: readonly ShortlistItem[]): void {
  try {
    window.localStorage.setItem(SHORTLIST_STORAGE_KEY, serializeItems(items));
  } catch {
    // Storage refused: the page still shows the list for this visit.
  }
}
