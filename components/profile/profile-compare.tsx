import { SectionHeading } from "@/components/section-heading";
import { COMPARE_PARAM } from "@/lib/listing/compare";
import { PROFILE_FORM_IDS, PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import { routes, withBasePath } from "@/lib/site";

type Props = { slug: string; name: string; others: { slug: string; naam: string }[] };

/**
 * "Vergelijk met": a plain GET form, because the profile is a document page
 * without scripts. It sends this municipality and the chosen one as two
 * gemeenten= parameters, which the comparison page reads like a comma list.
 */
export function ProfileCompare({ slug, name, others }: Props) {
  if (!others.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.compare} className="mt-12 print:hidden" data-pagefind-ignore="all">
      <SectionHeading id={PROFILE_SECTION_IDS.compare}>Vergelijken</SectionHeading>
      <form action={withBasePath(routes.compare)} method="get" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name={COMPARE_PARAM} value={slug} />
        <div className="flex flex-col gap-1">
          <label htmlFor={PROFILE_FORM_IDS.compareWith}>Vergelijk {name} met</label>
          <select
            id={PROFILE_FORM_IDS.compareWith}
            name={COMPARE_PARAM}
            className="min-h-11 rounded border border-control bg-paper px-2 text-ink"
          >
            {others.map((other) => (
              <option key={other.slug} value={other.slug}>
                {other.naam}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded border border-control bg-link px-4 font-medium text-paper hover:bg-ink">
          Vergelijk
        </button>
      </form>
    </section>
  );
}
