import type { ComponentProps } from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { criteriaOf, relatedExamples, sourcesById } from "@/lib/content/queries";
import type { CorrectionRoute } from "@/lib/hosting/site-owner";
import type { ExamplePageData } from "@/lib/pages/example-page";
import ExamplePage from "@/pages/voorbeelden/[gemeente]/[id]";
import { fixtureSite } from "../unit/fixture-site";

const content = fixtureSite();

/** The page of Bergum-Oost's Buurtkamer in the fixture site, with the data its route gives it. */
function buurtkamer(corrections?: CorrectionRoute) {
  const municipality = content.municipalities.find((candidate) => candidate.slug === "bergum-oost");
  const example = municipality?.voorbeelden.find((candidate) => candidate.id === "buurtkamer");
  if (!municipality || !example) throw new Error("de fixture mist Bergum-Oost of zijn Buurtkamer");
  const { slug, naam, titel, cohort, provincie } = municipality;
  const page: ExamplePageData = {
    example,
    municipality: { slug, naam, titel, cohort, provincie },
    themes: content.themes.filter((theme) => example.themas.includes(theme.id)).map((theme) => ({ id: theme.id, naam: theme.naam })),
    criteria: criteriaOf(content.criteria, municipality).map(({ id, label }) => ({ id, label })),
    related: relatedExamples(content, municipality.slug, example.id),
    sources: sourcesById(content, municipality.bronnen),
    url: "https://www.voorbeeld.nl/voorbeelden/bergum-oost/buurtkamer/",
    corrections,
  };
  return render(<ExamplePage {...({ page } as ComponentProps<typeof ExamplePage>)} />);
}

describe("a practice example's page", () => {
  it("names the example and its municipality, and links to its place in the profile, its themes and the profile's criteria", () => {
    buurtkamer();
    expect(screen.getByRole("heading", { level: 1, name: "Buurtkamer" })).toBeVisible();
    expect(screen.getByText("Voorbeeld uit de praktijk · Bergum-Oost")).toBeVisible();
    expect(screen.getByRole("link", { name: "Bergum-Oost" })).toHaveAttribute("href", "/gemeenten/bergum-oost/");
    expect(screen.getByRole("link", { name: "Dit voorbeeld in het profiel van Bergum-Oost" })).toHaveAttribute(
      "href",
      "/gemeenten/bergum-oost/#buurtkamer",
    );
    expect(screen.getByRole("link", { name: "Ontmoeting" })).toHaveAttribute("href", "/themas/ontmoeting/");
    const criteria = within(screen.getByRole("region", { name: "Waarom Bergum-Oost goud is" }));
    expect(criteria.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/gemeenten/bergum-oost/#criterium-lerend-samenwerkend",
    ]);
  });

  it("links examples like it from other municipalities to their pages, and offers sharing, citing and a correction", () => {
    buurtkamer({ kind: "email", address: "redactie@voorbeeld.nl" });
    const related = within(screen.getByRole("list", { name: "Vergelijkbare voorbeelden uit andere gemeenten" }));
    expect(related.getByRole("link", { name: "De Kas" })).toHaveAttribute("href", "/voorbeelden/cederveen/de-kas/");
    expect(screen.getByRole("button", { name: "Link kopiëren: Buurtkamer" })).toBeVisible();
    expect(screen.getByText(/Zo citeert u dit voorbeeld/).parentElement).toHaveTextContent(
      "Gouden Gemeenten, ‘Buurtkamer (Bergum-Oost)’, https://www.voorbeeld.nl/voorbeelden/bergum-oost/buurtkamer/.",
    );
    expect(screen.getByRole("link", { name: /Klopt er iets niet\? Meld een fout in dit voorbeeld/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^mailto:redactie@voorbeeld\.nl\?/),
    );
  });
});
