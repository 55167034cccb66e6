import { nationalBackgroundSvg } from "@/lib/maps/map";

export const dynamic = "force-static";

/** The national maps' shared background (lib/maps/map.ts). */
export function GET() {
  return new Response(nationalBackgroundSvg(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
