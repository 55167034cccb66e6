import { Quotation } from "@/components/quotation";
import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Municipality } from "@/lib/content/schema";

type Props = {
  quotations: Municipality["citaten"];
  people: Municipality["personen"];
  /** The title of a source by its id. */
  sourceTitle: (sourceId: string) => string;
};

/** The quotations, each attributed to a person listed on the profile, with role and source. */
export function ProfileQuotations({ quotations, people, sourceTitle }: Props) {
  if (!quotations.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.quotations} className="mt-10 max-w-measure">
      <SectionHeading id={PROFILE_SECTION_IDS.quotations}>In hun eigen woorden</SectionHeading>
      <div className="mt-4 space-y-6">
        {quotations.map((quotation) => {
          const person = people.find((candidate) => candidate.naam === quotation.spreker);
          return (
            <Quotation
              key={quotation.tekst}
              text={quotation.tekst}
              speaker={quotation.spreker}
              role={person?.rol}
              organisation={person?.organisatie}
              sourceTitle={sourceTitle(quotation.bron)}
            />
          );
        })}
      </div>
    </section>
  );
}
