import { ImageResponse } from "next/og";
import { SocialImage } from "@/components/social-image";
import { getContent } from "@/lib/content/site-content";
import { listInDutch } from "@/lib/format";
import { SOCIAL_IMAGE_SIZE } from "@/lib/social-image";

export const dynamic = "force-static";

/** The preview image of every page that has none of its own. */
export function GET() {
  const { municipalities, cohorts } = getContent();
  return new ImageResponse(
    <SocialImage
      eyebrow={`${municipalities.length} gemeenten · ${cohorts.length === 1 ? "cohort" : "cohorten"} ${listInDutch(cohorts.map((cohort) => cohort.jaar))}`}
      title="Gouden Gemeenten"
      subtitle="Voorbeelden van vernieuwing in het sociaal domein"
    />,
    SOCIAL_IMAGE_SIZE,
  );
}
