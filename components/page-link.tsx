import type { AnchorHTMLAttributes } from "react";
import { withBasePath } from "@/lib/site";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** A path of this site, without the base path: routes.municipality("ede"). */
  href: string;
};

/**
 * A link to another page of the site: a plain anchor with the base path.
 * Most pages are documents without Next's client router (README → Two kinds
 * of pages), so every move between pages is a normal page load; next/link
 * would first try to fetch a route the App Router does not know.
 */
export function PageLink({ href, ...anchor }: Props) {
  return <a href={withBasePath(href)} {...anchor} />;
}
