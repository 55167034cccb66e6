import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";

type Props = { members?: readonly { naam: string }[] };

/** The municipalities of a region that was chosen as a whole. */
export function ProfileMembers({ members }: Props) {
  if (!members?.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.members} className="mt-10">
      <SectionHeading id={PROFILE_SECTION_IDS.members}>De {members.length} gemeenten van de regio</SectionHeading>
      <ul className="mt-3 flex flex-wrap gap-2">
        {members.map(({ naam }) => (
          <li key={naam} className="rounded-chip border border-line bg-surface px-3 py-1">
            {naam}
          </li>
        ))}
      </ul>
    </section>
  );
}
