import { PageLink } from "@/components/page-link";
import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Municipality } from "@/lib/content/schema";
import { routes } from "@/lib/site";

type Props = { related: readonly Municipality[] };

/** Where to read on: the municipalities that are strong on the same criteria. */
export function ProfileRelated({ related }: Props) {
  if (!related.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.related} className="mt-12 print:hidden">
      <SectionHeading id={PROFILE_SECTION_IDS.related}>Gemeenten met dezelfde sterke punten</SectionHeading>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {related.map((other) => (
          <li key={other.slug} className="rounded-card border border-line bg-surface p-4">
            <PageLink href={routes.municipality(other.slug)} className="inline-flex min-h-6 items-center font-semibold">
              {other.naam}
            </PageLink>
            <p className="text-sm text-muted">
              Cohort {other.cohort} · {other.titel}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
