import type { AnchorHTMLAttributes } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean | null };

/**
 * Stands in for next/link in the editor's preview, which runs outside Next:
 * the same anchor, without Next's router (scripts/build-admin.ts aliases it).
 * A default export, because it takes next/link's place.
 */
export default function PlainLink({ prefetch, ...anchor }: Props) {
  void prefetch;
  return <a {...anchor} />;
}
