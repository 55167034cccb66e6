import { siteOwner } from "../hosting/site-owner";
import { routes, siteUrl } from "../site";
import type { PageMeta } from "./page-metadata";

/** /toegankelijkheid/: the accessibility statement, with the owner's name and contact address. */
export function accessibilityPage() {
  const owner = siteOwner();
  return {
    page: { email: owner.contactEmail ?? null, publisher: owner.publisher, address: siteUrl().href },
    meta: {
      title: "Toegankelijkheidsverklaring",
      description:
        "Hoe toegankelijk deze site is: de norm (WCAG 2.2 niveau AA), wat we getest hebben en hoe, wat nog niet goed gaat, hoe u een probleem meldt en wat er dan gebeurt.",
      path: routes.accessibility,
    } satisfies PageMeta,
  };
}

export type AccessibilityPageData = ReturnType<typeof accessibilityPage>["page"];
