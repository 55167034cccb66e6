import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Source } from "@/lib/content/schema";
import { SectionHeading } from "./section-heading";

type Props = { sources: readonly Source[] };

/** The sources a page draws on, as bibliographic lines. */
export function SourceList({ sources }: Props) {
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.sources} className="mt-10 max-w-measure">
      <SectionHeading id={PROFILE_SECTION_IDS.sources}>Bronnen</SectionHeading>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {sources.map((source) => (
          <li key={source.id}>
            {source.uitgever}, <cite>{source.titel}</cite>
            {source.plaats ? `, ${source.plaats}` : null} ({source.jaar})
          </li>
        ))}
      </ul>
    </section>
  );
}
