import { nearbyAnswersFile, nearbyProvinceRoute } from "@/lib/pages/nearby-page";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = nearbyProvinceRoute.params;

type Context = { params: Promise<{ provincie: string }> };

/** One province's answers for the finder "Bij u in de buurt" (lib/nearby/finder.ts, ProvinceAnswers). */
export async function GET(_request: Request, { params }: Context) {
  const file = nearbyAnswersFile((await params).provincie);
  if (!file) return new Response("Niet gevonden", { status: 404 });
  return Response.json(file);
}
