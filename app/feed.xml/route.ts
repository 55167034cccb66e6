import { getContent } from "@/lib/content/site-content";
import { atomFeed } from "@/lib/open-data/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(atomFeed(getContent()), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
