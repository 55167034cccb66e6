import type { SiteOwner } from "./site-owner";

/**
 * When a security.txt built at `builtAt` stops being valid: the day before
 * the build's date a year later, at midnight UTC, so always less than the
 * year RFC 9116 recommends at most, and a year from the build in practice.
 */
export function securityTxtExpiry(builtAt: Date): Date {
  return new Date(Date.UTC(builtAt.getUTCFullYear() + 1, builtAt.getUTCMonth(), builtAt.getUTCDate() - 1));
}

/**
 * /.well-known/security.txt (RFC 9116): where to report a vulnerability.
 * Contact is required, so without a contact address there is no file
 * (undefined) rather than one without a way to reach anyone.
 */
export function securityTxt(owner: Pick<SiteOwner, "contactEmail">, builtAt: Date, canonicalUrl: string): string | undefined {
  if (!owner.contactEmail) return undefined;
  return [
    `Contact: mailto:${owner.contactEmail}`,
    `Expires: ${securityTxtExpiry(builtAt).toISOString()}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${canonicalUrl}`,
    "",
  ].join("\n");
}
