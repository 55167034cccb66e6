import { getContent } from "@/lib/content/site-content";
import { openDataJson } from "@/lib/open-data/open-data";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openDataJson(getContent()));
}
