import type { MetadataRoute } from "next";
import { allPagePaths } from "@/lib/pages/registry";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site, from the route registry, whose dynamic routes ask the same loader as the pages. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allPagePaths().map((path) => ({ url: absoluteUrl(path) }));
}
