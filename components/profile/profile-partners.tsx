import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Municipality } from "@/lib/content/schema";

type Props = { partners: Municipality["partners"] };

export function ProfilePartners({ partners }: Props) {
  if (!partners.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.partners} className="mt-10">
      <SectionHeading id={PROFILE_SECTION_IDS.partners}>Partners</SectionHeading>
      <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {partners.map((partner) => (
          <li key={partner.naam} className="flex min-h-8 items-center">
            {partner.url ? (
              <a href={partner.url} rel="noopener noreferrer" className="external-link">
                {partner.naam}
              </a>
            ) : (
              partner.naam
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
