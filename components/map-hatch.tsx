import { MARKER_SHAPES, type MarkerShape } from "@/lib/site/cohort-style";
import { MAP_HATCH_IDS } from "@/lib/content/page-anchors";

/**
 * A hatching per cohort, so that areas differ by pattern as well as by colour
 * (WCAG 1.4.1). It follows the cohort's marker shape, as colour does.
 */
const ANGLES: Record<MarkerShape, number> = { cirkel: 45, vierkant: -45, driehoek: 0, ruit: 90 };

export function hatchId(shape: MarkerShape): string {
  return MAP_HATCH_IDS[MARKER_SHAPES.indexOf(shape)] ?? MAP_HATCH_IDS[0];
}

type Props = { shape: MarkerShape; color: string };

/** One pattern, for a `<defs>`: a light tint of the cohort's colour with lines in it. */
export function MapHatch({ shape, color }: Props) {
  return (
    <pattern id={hatchId(shape)} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform={`rotate(${ANGLES[shape]})`}>
      <rect width={5} height={5} fill={color} fillOpacity={0.3} />
      <line x1={0} y1={0} x2={0} y2={5} stroke={color} strokeWidth={2} />
    </pattern>
  );
}
