import type { Municipality, Source } from "@/lib/content/schema";
import { SITE_NAME } from "@/lib/site";

type Props = { municipality: Municipality; url: string; sources: readonly Source[] };

/** How to cite the profile: the site, the profile's name and title, its address and the sources it rests on. */
export function ProfileCitation({ municipality, url, sources }: Props) {
  return (
    <p className="mt-4 max-w-measure rounded-card border border-line bg-surface p-4 text-sm wrap-anywhere">
      <span className="font-semibold">Zo citeert u dit profiel: </span>
      {SITE_NAME}, ‘{municipality.naam}: {municipality.titel}’, {url}. Op basis van{" "}
      {sources.map((source) => `${source.uitgever} (${source.jaar})`).join(", ")}.
    </p>
  );
}
