import type { ReactNode } from "react";

/** The body as sanitised HTML, or (in the editor's preview) as the editor renders it. */
type Props = { className?: string } & ({ html: string } | { children: ReactNode });

/**
 * A Markdown body. The HTML comes from remark-html with its default
 * sanitising, so it holds no script, event handlers or javascript: links.
 */
export function Prose({ className = "", ...body }: Props) {
  const classes = `prose prose-gg prose-headings:font-bold prose-h2:text-2xl ${className}`;
  if ("html" in body) return <div className={classes} dangerouslySetInnerHTML={{ __html: body.html }} />;
  return <div className={classes}>{body.children}</div>;
}
