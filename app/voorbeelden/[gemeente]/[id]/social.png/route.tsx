import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/social-image";
import { getContent } from "@/lib/content/site-content";
import { exampleRoute } from "@/lib/pages/example-page";
import { listInDutch } from "@/lib/site/format";
import { SOCIAL_IMAGE_SIZE } from "@/lib/site/social-image";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = exampleRoute.params;

type Context = { params: Promise<{ gemeente: string; id: string }> };

/** The preview image of one practice example: its name, the municipality and cohort, and its themes. */
export async function GET(_request: Request, { params }: Context) {
  const found = exampleRoute.fromParams(await params);
  if (!found) return new Response("Niet gevonden", { status: 404 });
  const { municipality, example } = found;
  const themes = getContent().themes.filter((theme) => example.themas.includes(theme.id));
  return new ImageResponse(
    <SocialImage
      eyebrow={`Voorbeeld uit ${municipality.naam} · Gouden Gemeente ${municipality.cohort}`}
      title={example.naam}
      subtitle={listInDutch(themes.map((theme) => theme.naam))}
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
