import { ProfileChecks } from "@/components/profile/profile-checks";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { ProfileSections } from "@/components/profile/profile-sections";
import { Prose } from "@/components/prose";
import { draftMunicipality, isData } from "@/lib/cms/draft";
import { profileDating } from "@/lib/site/profile-dating";
import { entryData, type PreviewProps } from "./decap";

/**
 * A field of an entry that the editor's relation fields chose, as Decap keeps
 * it in the entry's metadata: { <collection>: { <id>: <data of that entry> } },
 * nested under the name of the field that chose it.
 */
function chosenEntry(metadata: unknown, collection: string, id: string): Record<string, unknown> | undefined {
  if (!isData(metadata)) return undefined;
  const byCollection = metadata[collection];
  const entry = isData(byCollection) ? byCollection[id] : undefined;
  if (isData(entry)) return entry;
  for (const nested of Object.values(metadata)) {
    const found = chosenEntry(nested, collection, id);
    if (found) return found;
  }
  return undefined;
}

function chosenText(metadata: unknown, collection: string, id: string, field: string): string {
  const value = chosenEntry(metadata, collection, id)?.[field];
  return typeof value === "string" ? value : id;
}

/** The years of the sources the editor chose, as far as their entries are known. */
function chosenSourceYears(metadata: unknown, sourceIds: readonly string[]): { jaar: number }[] {
  return sourceIds.flatMap((id) => {
    const year = chosenEntry(metadata, "bronnen", id)?.jaar;
    return typeof year === "number" ? [{ jaar: year }] : [];
  });
}

/** The profile as the site shows it, from the entry being edited, in the site's own markup and CSS. */
export function MunicipalityPreview({ entry, widgetFor, fieldsMetaData }: PreviewProps) {
  const municipality = draftMunicipality(entryData(entry));
  const metadata = fieldsMetaData?.toJS();
  return (
    <article className="mx-auto max-w-6xl px-4 py-8">
      <ProfileIntro
        profile={municipality}
        dating={
          municipality.cohort === undefined
            ? undefined
            : profileDating(municipality.cohort, chosenSourceYears(metadata, municipality.bronnen), municipality.controles)
        }
      />
      <ProfileSections
        criteria={municipality.criteria.map((claim) => ({ ...claim, label: chosenText(metadata, "criteria", claim.id, "kort") }))}
        examples={municipality.voorbeelden}
        themeName={(themeId) => chosenText(metadata, "themas", themeId, "naam")}
        body={<Prose className="mt-10">{widgetFor("body")}</Prose>}
        quotations={municipality.citaten}
        people={municipality.personen}
        sourceTitle={(sourceId) => chosenText(metadata, "bronnen", sourceId, "titel")}
        members={municipality.leden}
        partners={municipality.partners}
      />
      <ProfileChecks checks={municipality.controles} />
    </article>
  );
}
