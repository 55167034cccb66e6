import type { CorrectionRoute } from "./site-owner";

/** The profile a reader reports a mistake in. */
export type CorrectedPage = { name: string; url: string };

/** The subject of the message, or the title of the issue. */
function correctionSubject(page: CorrectedPage): string {
  return `Fout in het profiel van ${page.name}`;
}

/**
 * The start of the message: which page it is about, so that the reader only
 * has to add what is wrong. Mail wants CRLF line breaks (RFC 6068); a web form
 * takes them as they are.
 */
function correctionBody(page: CorrectedPage): string {
  return [`Profiel: ${page.name}`, `Adres: ${page.url}`, "", "Wat klopt er niet, en wat is juist (met de bron, als u die heeft)?", ""].join(
    "\r\n",
  );
}

/**
 * Where "Klopt er iets niet?" leads, prefilled with the profile's name and
 * address: a mailto: with subject and body, or the correction form's address
 * with `title` and `body` added to its query (GitHub's issues/new reads
 * exactly these; its own parameters, such as labels or template, stay).
 */
export function correctionHref(route: CorrectionRoute, page: CorrectedPage): string {
  const subject = correctionSubject(page);
  const body = correctionBody(page);
  if (route.kind === "email") {
    // encodeURIComponent, not URLSearchParams: mail programs read "+" as a plus sign, not a space.
    return `mailto:${route.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(route.url);
  url.searchParams.set("title", subject);
  url.searchParams.set("body", body);
  return url.toString();
}
