import { getContent } from "@/lib/content/site-content";
import { openDataCsv } from "@/lib/open-data/open-data";

export const dynamic = "force-static";

export function GET() {
  return new Response(openDataCsv(getContent()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
