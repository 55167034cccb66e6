import { getContent } from "@/lib/content/site-content";
import { CSV_DIALECTS, openDataCsv } from "@/lib/open-data/open-data";

export const dynamic = "force-static";

/** The CSV for Excel with Dutch regional settings: semicolons and decimal commas. */
export function GET() {
  return new Response(openDataCsv(getContent(), CSV_DIALECTS.dutchExcel), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
