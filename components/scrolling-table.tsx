import type { ReactNode } from "react";

type Props = {
  /** The caption's id: the scrolling box is a region named by it. */
  captionId: string;
  caption: ReactNode;
  /** Classes for the table itself, such as a minimum width. */
  tableClassName?: string;
  /** The table's head and body. */
  children: ReactNode;
};

/**
 * A wide table in a box of its own that scrolls sideways on a narrow screen,
 * so the page itself never does (WCAG 1.4.10 allows it for tables). The box
 * can take focus, so keyboard users scroll it with the arrow keys; it is
 * positioned, so that it also clips the table's screen reader texts.
 */
export function ScrollingTable({ captionId, caption, tableClassName = "", children }: Props) {
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="relative overflow-x-auto rounded-card border border-line bg-surface"
    >
      <table className={`w-full border-collapse text-sm ${tableClassName}`}>
        <caption id={captionId} className="p-3 text-left font-semibold">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
