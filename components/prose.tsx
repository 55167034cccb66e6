type Props = { html: string; className?: string };

/**
 * A Markdown body. The HTML comes from remark-html with its default
 * sanitising, so it holds no script, event handlers or javascript: links.
 */
export function Prose({ html, className = "" }: Props) {
  return (
    <div className={`prose prose-gg prose-headings:font-bold prose-h2:text-2xl ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
