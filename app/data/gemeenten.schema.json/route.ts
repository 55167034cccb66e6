import { openDataJsonSchema } from "@/lib/open-data/open-data";

export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(openDataJsonSchema(), null, 2), { headers: { "Content-Type": "application/schema+json" } });
}
