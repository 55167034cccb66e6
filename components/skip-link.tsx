import { LAYOUT_IDS } from "@/lib/content/page-anchors";

export function SkipLink() {
  return (
    <a
      href={`#${LAYOUT_IDS.main}`}
      className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
    >
      Naar de inhoud
    </a>
  );
}
