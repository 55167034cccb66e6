/**
 * How a cohort is drawn: by its position among the cohorts, so a new cohort
 * gets a shape and colour without a code change. Shape as well as colour, so
 * that the map never relies on colour alone.
 */
export const MARKER_SHAPES = ["cirkel", "vierkant", "driehoek", "ruit"] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export type CohortStyle = { shape: MarkerShape; color: string };

export function cohortStyle(cohort: number, cohorts: readonly number[]): CohortStyle {
  const index = Math.max(0, cohorts.indexOf(cohort)) % MARKER_SHAPES.length;
  return { shape: MARKER_SHAPES[index] ?? "cirkel", color: `var(--color-cohort-${index + 1})` };
}
