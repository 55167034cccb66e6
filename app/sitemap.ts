import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content/site-content";
import { absoluteUrl, routes } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const { municipalities } = getContent();
  return [
    { url: absoluteUrl(routes.home) },
    { url: absoluteUrl(routes.municipalities) },
    ...municipalities.map((municipality) => ({ url: absoluteUrl(routes.municipality(municipality.slug)) })),
  ];
}
