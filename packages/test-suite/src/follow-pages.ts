import assert from 'node:assert/strict';

/** One page of a paged listing: its records and the cursor of the next page (absent on the last). */
export interface ListedPage<T> {
  items: T[];
  nextCursor?: string | undefined;
}

/** Follows `nextCursor` from the first page to the last; returns every page (fails on a listing that never ends). */
export async function followPages<T>(fetchPage: (cursor: string | undefined) => Promise<ListedPage<T>>, call: string): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    pages.push(page.items);
    cursor = page.nextCursor;
    assert.ok(pages.length <= 1000, `${call} kept returning a nextCursor`);
  } while (cursor !== undefined);
  return pages;
}
