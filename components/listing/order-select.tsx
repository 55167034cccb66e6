import { LISTING_PARAMS, ORDERS, type Order } from "@/lib/listing/filters";

type Props = {
  order: Order;
  /** Until scripts run the select could do nothing, so it is disabled. */
  disabled: boolean;
  onChange: (order: Order) => void;
};

const ORDER_LABELS: Record<Order, string> = {
  naam: "Naam",
  cohort: "Cohort, oudste eerst",
  "aantal-criteria": "Aantal criteria, meeste eerst",
};

/** The order of the results, for cards and matrix alike. */
export function OrderSelect({ order, disabled, onChange }: Props) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="volgorde" className="text-sm text-muted">
        Sorteer op
      </label>
      <select
        id="volgorde"
        name={LISTING_PARAMS.order}
        value={order}
        disabled={disabled}
        onChange={(event) => onChange(ORDERS.find((option) => option === event.target.value) ?? order)}
        className="min-h-10 rounded border border-control bg-paper px-2 text-sm text-ink"
      >
        {ORDERS.map((option) => (
          <option key={option} value={option}>
            {ORDER_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
