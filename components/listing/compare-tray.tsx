import { PageLink } from "@/components/page-link";
import { compareSearch, MAX_COMPARED } from "@/lib/listing/compare";
import { listInDutch } from "@/lib/site/format";
import { routes } from "@/lib/site";

type Props = {
  picked: { slug: string; naam: string }[];
  onClear: () => void;
};

/** What the reader ticked to compare, and the way to the comparison once there are two. */
export function CompareTray({ picked, onClear }: Props) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-card border border-line bg-surface p-3 text-sm">
      <p aria-live="polite" aria-atomic="true">
        {picked.length === 0
          ? `Vink bij twee of drie gemeenten ‘Vergelijk’ aan om ze naast elkaar te zien.`
          : `Gekozen om te vergelijken (${picked.length} van ${MAX_COMPARED}): ${listInDutch(picked.map((municipality) => municipality.naam))}.`}
      </p>
      {picked.length >= 2 ? (
        <PageLink
          href={`${routes.compare}${compareSearch(picked.map((municipality) => municipality.slug))}`}
          className="inline-flex min-h-11 items-center rounded border border-control bg-link px-4 font-medium text-paper no-underline hover:bg-ink"
        >
          Vergelijk {picked.length} gemeenten
        </PageLink>
      ) : null}
      {picked.length ? (
        <button
          type="button"
          onClick={onClear}
          className="min-h-11 rounded border border-control bg-paper px-3 text-ink hover:bg-gold-soft"
        >
          Wis keuze
        </button>
      ) : null}
    </div>
  );
}
