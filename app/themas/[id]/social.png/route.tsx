import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/social-image";
import { themeExamples } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { themeRoute } from "@/lib/pages/theme-page";
import { countLabel } from "@/lib/site/format";
import { SOCIAL_IMAGE_SIZE } from "@/lib/site/social-image";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = themeRoute.params;

type Context = { params: Promise<{ id: string }> };

/** The preview image of one theme: its name and how many examples, from how many municipalities. */
export async function GET(_request: Request, { params }: Context) {
  const theme = themeRoute.fromParams(await params);
  if (!theme) return new Response("Niet gevonden", { status: 404 });
  const { examples, municipalities } = themeExamples(getContent(), theme.id);
  return new ImageResponse(
    <SocialImage
      eyebrow="Thema van de voorbeelden uit de praktijk"
      title={theme.naam}
      subtitle={`${countLabel(examples.length, "voorbeeld", "voorbeelden")} uit ${countLabel(municipalities.length, "gemeente", "gemeenten")}`}
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
