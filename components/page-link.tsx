import type { AnchorHTMLAttributes } from "react";
import { withBasePath } from "@/lib/site";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** A path of this site, without the base path: routes.municipality("ede"). */
  href: string;
};

/**
 * A link to another page of the site: a plain anchor with the base path.
 * Every page is a document without Next's client router
 * (docs/architecture.md → One kind of page), so every move between pages is
 * a normal page load.
 */
export function PageLink({ href, ...anchor }: Props) {
  return <a href={withBasePath(href)} {...anchor} />;
}
