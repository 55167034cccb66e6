import { siteOwner } from "../hosting/site-owner";
import { routes } from "../site";
import type { PageMeta } from "./page-metadata";

/** /privacy/: the privacy statement, with the owner's name and contact address. */
export function privacyPage() {
  const owner = siteOwner();
  return {
    page: { publisher: owner.publisher, publisherUrl: owner.publisherUrl ?? null, email: owner.contactEmail ?? null },
    meta: {
      title: "Privacyverklaring",
      description:
        "Welke gegevens deze site over bezoekers bijhoudt (geen cookies, geen volgsoftware), welke persoonsgegevens ze publiceert en hoe u om correctie of verwijdering vraagt.",
      path: routes.privacy,
    } satisfies PageMeta,
  };
}

export type PrivacyPageData = ReturnType<typeof privacyPage>["page"];
