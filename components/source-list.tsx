import { getSource } from "@/lib/content/site-content";
import { SectionHeading } from "./section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";

type Props = { sourceIds: readonly string[] };

/** The sources a page draws on, as bibliographic lines. */
export function SourceList({ sourceIds }: Props) {
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.sources} className="mt-10 max-w-measure">
      <SectionHeading id={PROFILE_SECTION_IDS.sources}>Bronnen</SectionHeading>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {sourceIds.map((id) => {
          const source = getSource(id);
          return source ? (
            <li key={id}>
              {source.uitgever}, <cite>{source.titel}</cite>
              {source.plaats ? `, ${source.plaats}` : null} ({source.jaar})
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
