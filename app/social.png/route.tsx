import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/social-image";
import { cohortYears } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { listInDutch } from "@/lib/site/format";
import { SOCIAL_IMAGE_SIZE } from "@/lib/site/social-image";

export const dynamic = "force-static";

/** The preview image of every page that has none of its own. */
export function GET() {
  const content = getContent();
  const years = cohortYears(content);
  return new ImageResponse(
    <SocialImage
      eyebrow={`${content.municipalities.length} gemeenten · ${years.length === 1 ? "cohort" : "cohorten"} ${listInDutch(years)}`}
      title="Gouden Gemeenten"
      subtitle="Voorbeelden van vernieuwing in het sociaal domein"
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
