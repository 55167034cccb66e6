import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/social-image";
import { municipalityRoute } from "@/lib/pages/municipality-page";
import { SOCIAL_IMAGE_SIZE } from "@/lib/site/social-image";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = municipalityRoute.params;

type Context = { params: Promise<{ slug: string }> };

/** The preview image of one profile: name, cohort and the title the source gave it. */
export async function GET(_request: Request, { params }: Context) {
  const municipality = municipalityRoute.fromParams(await params);
  if (!municipality) return new Response("Niet gevonden", { status: 404 });
  return new ImageResponse(
    <SocialImage
      eyebrow={`Gouden Gemeente · cohort ${municipality.cohort} · ${municipality.provincie}`}
      title={municipality.naam}
      subtitle={municipality.titel}
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
