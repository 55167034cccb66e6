import type { MarkerShape } from "@/lib/site/cohort-style";

/** `outline`: the width of the white edge that sets a marker off from the map, in the same units. */
type Props = { shape: MarkerShape; color: string; x: number; y: number; size?: number; outline?: number };

/** One marker shape, centred on (x, y), drawn in SVG units. */
export function MapMarker({ shape, color, x, y, size = 7, outline = 1.5 }: Props) {
  const common = { fill: color, stroke: "var(--color-surface)", strokeWidth: outline };
  switch (shape) {
    case "vierkant":
      return <rect x={x - size * 0.85} y={y - size * 0.85} width={size * 1.7} height={size * 1.7} {...common} />;
    case "driehoek":
      return <polygon points={`${x},${y - size * 1.1} ${x + size},${y + size * 0.75} ${x - size},${y + size * 0.75}`} {...common} />;
    case "ruit":
      return <polygon points={`${x},${y - size * 1.2} ${x + size},${y} ${x},${y + size * 1.2} ${x - size},${y}`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={size} {...common} />;
  }
}
