import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Municipality } from "@/lib/content/schema";

type Props = { people: Municipality["personen"] };

export function ProfilePeople({ people }: Props) {
  if (!people.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.people} className="mt-10 max-w-measure">
      <SectionHeading id={PROFILE_SECTION_IDS.people}>Aan het woord</SectionHeading>
      <ul className="mt-3 space-y-1">
        {people.map((person) => {
          const description = [person.rol, person.organisatie].filter(Boolean).join(", ");
          return (
            <li key={person.naam}>
              <span className="font-semibold">{person.naam}</span>
              {description ? `, ${description}` : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
