import { describe, expect, it } from "vitest";
import { batchLimit, batchProgress, firstBatch, nextBatch, RESULTS_PER_BATCH } from "@/lib/listing/batches";

describe("batches of one query", () => {
  it("start at one batch and grow by one batch per 'show more'", () => {
    const first = firstBatch("?cohort=2017");
    expect(batchLimit(first, "?cohort=2017")).toBe(RESULTS_PER_BATCH);
    const second = nextBatch("?cohort=2017", batchLimit(first, "?cohort=2017"));
    expect(batchLimit(second, "?cohort=2017")).toBe(2 * RESULTS_PER_BATCH);
    expect(batchLimit(nextBatch("?cohort=2017", batchLimit(second, "?cohort=2017")), "?cohort=2017")).toBe(3 * RESULTS_PER_BATCH);
  });

  it("start again at one batch for another query, the unfiltered one included", () => {
    const more = nextBatch("?cohort=2017", RESULTS_PER_BATCH);
    expect(batchLimit(more, "?cohort=2015")).toBe(RESULTS_PER_BATCH);
    expect(batchLimit(more, "")).toBe(RESULTS_PER_BATCH);
    expect(batchLimit(nextBatch("", RESULTS_PER_BATCH), "")).toBe(2 * RESULTS_PER_BATCH);
  });
});

describe("batchProgress", () => {
  it("shows a full batch and offers the rest up to one batch", () => {
    expect(batchProgress(RESULTS_PER_BATCH + 12, RESULTS_PER_BATCH)).toEqual({ shown: RESULTS_PER_BATCH, more: 12 });
    expect(batchProgress(5 * RESULTS_PER_BATCH, 2 * RESULTS_PER_BATCH)).toEqual({ shown: 2 * RESULTS_PER_BATCH, more: RESULTS_PER_BATCH });
  });

  it("offers nothing more once everything is shown", () => {
    expect(batchProgress(RESULTS_PER_BATCH, RESULTS_PER_BATCH)).toEqual({ shown: RESULTS_PER_BATCH, more: 0 });
    expect(batchProgress(3, 2 * RESULTS_PER_BATCH)).toEqual({ shown: 3, more: 0 });
    expect(batchProgress(0, RESULTS_PER_BATCH)).toEqual({ shown: 0, more: 0 });
  });

  it("shows everything without a limit, as the static HTML does", () => {
    expect(batchProgress(1000, Infinity)).toEqual({ shown: 1000, more: 0 });
  });
});
