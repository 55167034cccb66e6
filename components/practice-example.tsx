import { Fragment, type ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { exampleTitleId } from "@/lib/content/page-anchors";

type Props = {
  /** The stable anchor: /gemeenten/zaanstad/#hemelse-modder */
  id: string;
  name: string;
  description: string;
  /** Each theme's name, and its page where the example is shown on the site (not in the editor's preview). */
  themes: { label: string; href?: string }[];
  /** A control shown with the example, such as a copy-link button. */
  action?: ReactNode;
};

export function PracticeExample({ id, name, description, themes, action }: Props) {
  return (
    <section
      id={id}
      aria-labelledby={exampleTitleId(id)}
      className="rounded-card border border-line bg-surface p-4 break-inside-avoid sm:p-5"
    >
      <h3 id={exampleTitleId(id)} className="text-lg font-semibold">
        {name}
      </h3>
      <p className="mt-1">{description}</p>
      {themes.length ? (
        <p className="mt-3 text-sm text-muted">
          <span className="sr-only" data-pagefind-ignore="">
            Thema&apos;s:{" "}
          </span>
          {themes.map((theme, index) => (
            <Fragment key={theme.label}>
              {index > 0 ? " · " : null}
              {theme.href ? <PageLink href={theme.href}>{theme.label}</PageLink> : theme.label}
            </Fragment>
          ))}
        </p>
      ) : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </section>
  );
}
