import type { ReactNode } from "react";

type Props = {
  tone?: "info" | "warning";
  title: string;
  children: ReactNode;
};

const TONES = {
  info: { className: "bg-notice border-link", label: "Let op" },
  warning: { className: "bg-warning border-cohort-2", label: "Waarschuwing" },
} as const;

/** A short remark set apart from the text, e.g. a province that has changed since selection. */
export function Notice({ tone = "info", title, children }: Props) {
  const style = TONES[tone];
  return (
    <aside aria-label={`${style.label}: ${title}`} className={`rounded-card border-l-4 p-4 ${style.className}`}>
      <p className="font-semibold">{title}</p>
      <div className="mt-1">{children}</div>
    </aside>
  );
}
