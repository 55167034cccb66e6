import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";

// One processor for every file: building it per call was a measurable part of a large build.
const processor = remark().use(remarkGfm).use(remarkHtml).freeze();

/**
 * Markdown to HTML at build time. remark-html sanitises by default (GitHub's
 * schema): no script, no event handlers, no javascript: links. Keep it so;
 * nothing an editor writes may run in a visitor's browser.
 */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
