import type { Source } from "@/lib/content/schema";
import { SITE_NAME } from "@/lib/site";

type Props = {
  /** What the page is, as the line names it: "dit profiel", "dit voorbeeld". */
  subject: string;
  title: string;
  url: string;
  sources: readonly Pick<Source, "uitgever" | "jaar">[];
};

/** How to cite a page: the site, the page's title, its address and the sources it rests on. */
export function Citation({ subject, title, url, sources }: Props) {
  return (
    <p className="mt-4 max-w-measure rounded-card border border-line bg-surface p-4 text-sm wrap-anywhere">
      <span className="font-semibold">Zo citeert u {subject}: </span>
      {SITE_NAME}, ‘{title}’, {url}. Op basis van {sources.map((source) => `${source.uitgever} (${source.jaar})`).join(", ")}.
    </p>
  );
}
