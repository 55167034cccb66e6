/**
 * How many results the cards and the matrix show at first and per "show
 * more": showing hundreds of cards at once costs a browser a quarter of a
 * second per filter click, and nobody reads a wall of them.
 */
export const RESULTS_PER_BATCH = 24;

/** How far the visitor has paged through the results of one query (the URL's query string). */
export type Batches = { search: string; limit: number };

export function firstBatch(search: string): Batches {
  return { search, limit: RESULTS_PER_BATCH };
}

/** How many results to show for `search`: the limit belongs to one query, so a new filter starts again at one batch. */
export function batchLimit(batches: Batches, search: string): number {
  return batches.search === search ? batches.limit : RESULTS_PER_BATCH;
}

/** One batch more than `limit`, for the current query. */
export function nextBatch(search: string, limit: number): Batches {
  return { search, limit: limit + RESULTS_PER_BATCH };
}

/** Of `total` results with `limit`: how many are shown, and how many "show more" would add (0: no button). */
export function batchProgress(total: number, limit: number): { shown: number; more: number } {
  const shown = Math.min(total, limit);
  return { shown, more: Math.min(RESULTS_PER_BATCH, total - shown) };
}
