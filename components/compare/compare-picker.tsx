import type { FormEvent } from "react";
import { COMPARE_PARAM, MAX_COMPARED } from "@/lib/listing/compare";
import { routes, withBasePath } from "@/lib/site";

type Props = {
  municipalities: { slug: string; naam: string }[];
  /** The slugs shown now, to preselect. */
  chosen: string[];
  /** With scripts the page changes in place; without, the form is a plain GET to this page. */
  onPick: (slugs: string[]) => void;
};

/** Up to three selects to choose or change the municipalities, one per column. */
export function ComparePicker({ municipalities, chosen, onPick }: Props) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const picked = new FormData(event.currentTarget).getAll(COMPARE_PARAM).filter((value) => typeof value === "string");
    onPick(picked);
  };
  return (
    <form action={withBasePath(routes.compare)} method="get" onSubmit={submit} className="rounded-card border border-line bg-surface p-4">
      <fieldset>
        <legend className="font-semibold">Kies twee of drie gemeenten</legend>
        {/* Remounted when the URL changes, so the selects show what the table shows. */}
        <div key={chosen.join(",")} className="mt-3 grid gap-3 sm:grid-cols-3">
          {Array.from({ length: MAX_COMPARED }, (_, index) => (
            <div key={index} className="flex flex-col gap-1">
              <label htmlFor={`vergelijk-${index + 1}`} className="text-sm text-muted">
                Gemeente {index + 1}
              </label>
              <select
                id={`vergelijk-${index + 1}`}
                name={COMPARE_PARAM}
                defaultValue={chosen[index] ?? ""}
                className="min-h-11 rounded border border-control bg-paper px-2 text-ink"
              >
                <option value="">Geen</option>
                {municipalities.map((municipality) => (
                  <option key={municipality.slug} value={municipality.slug}>
                    {municipality.naam}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="mt-4 min-h-11 rounded border border-control bg-link px-4 font-medium text-paper hover:bg-ink">
        Vergelijk
      </button>
    </form>
  );
}
