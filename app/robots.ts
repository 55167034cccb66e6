import type { MetadataRoute } from "next";
import { absoluteUrl, withBasePath } from "@/lib/site";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // The browser editor is for the editors, not for search engines (it is noindex as well).
    rules: { userAgent: "*", allow: "/", disallow: withBasePath("/admin/") },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
