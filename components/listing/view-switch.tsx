import { LISTING_PARAMS, VIEWS, type View } from "@/lib/listing/filters";

type Props = {
  view: View;
  /** Until scripts run the switch could do nothing, so it is disabled. */
  disabled: boolean;
  onChange: (view: View) => void;
};

const VIEW_LABELS: Record<View, string> = { kaarten: "Kaarten", matrix: "Matrix", kaart: "Kaart" };

/** Cards, matrix or map: radio buttons that look like a segmented switch. */
export function ViewSwitch({ view, disabled, onChange }: Props) {
  return (
    <fieldset disabled={disabled} className="flex items-center gap-2">
      <legend className="sr-only">Weergave</legend>
      <span aria-hidden="true" className="text-sm text-muted">
        Weergave:
      </span>
      <div className="flex overflow-hidden rounded border border-control">
        {VIEWS.map((option) => (
          <label
            key={option}
            className="flex min-h-10 cursor-pointer items-center px-3 text-sm has-[:checked]:bg-link has-[:checked]:text-paper has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
          >
            <input
              type="radio"
              name={LISTING_PARAMS.view}
              value={option}
              checked={view === option}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {VIEW_LABELS[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
