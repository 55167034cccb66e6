/** The source of the boundaries, which their licence (CC BY 4.0) asks for with every map. */
export function MapAttribution() {
  return <p className="mt-2 text-center text-xs text-muted">Bron: CBS, Kadaster</p>;
}
