import type { ComponentProps } from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cohortYears, themeExamples, themesWithCounts } from "@/lib/content/queries";
import ThemePage from "@/pages/themas/[id]";
import ThemesPage from "@/pages/themas/index";
import { fixtureSite } from "../unit/fixture-site";

const content = fixtureSite();

/** The theme page of the fixture site's theme `id`, with the data its route gives it. */
function themePage(id: string) {
  const theme = content.themes.find((candidate) => candidate.id === id);
  if (!theme) throw new Error(`geen thema ${id} in de fixture`);
  const page = { theme, ...themeExamples(content, id), cohortYears: cohortYears(content) };
  return render(<ThemePage {...({ page } as ComponentProps<typeof ThemePage>)} />);
}

describe("a theme's page", () => {
  it("names the theme, counts its examples and municipalities, and links each example to its page", () => {
    themePage("ontmoeting");
    expect(screen.getByRole("heading", { level: 1, name: "Ontmoeting" })).toBeVisible();
    expect(screen.getByText("Over ontmoeting.")).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "2 voorbeelden uit 2 gemeenten" })).toBeVisible();
    const examples = within(screen.getByRole("list", { name: "2 voorbeelden uit 2 gemeenten" }));
    expect(examples.getAllByRole("listitem")).toHaveLength(2);
    expect(examples.getByRole("link", { name: "Buurtkamer" })).toHaveAttribute("href", "/voorbeelden/bergum-oost/buurtkamer/");
    expect(examples.getByRole("link", { name: "De Kas" })).toHaveAttribute("href", "/voorbeelden/cederveen/de-kas/");
    expect(screen.getByRole("link", { name: "Combineer dit thema met andere in het overzicht" })).toHaveAttribute(
      "href",
      "/voorbeelden/?thema=ontmoeting",
    );
    // The municipalities of the examples, marked on the map, and no others.
    const map = within(screen.getByRole("group", { name: "Kaart van de gemeenten met voorbeelden bij Ontmoeting" }));
    expect(map.getAllByRole("link")).toHaveLength(2);
    expect(map.getByRole("link", { name: /^Bergum-Oost \(cohort/ })).toHaveAttribute("href", "/gemeenten/bergum-oost/");
    expect(map.getByRole("link", { name: /^Cederveen \(cohort/ })).toHaveAttribute("href", "/gemeenten/cederveen/");
  });

  it("of a theme no example names yet says so, without a map or an empty list", () => {
    themePage("wonen");
    const examples = within(screen.getByRole("region", { name: "Nog geen voorbeelden" }));
    expect(examples.queryByRole("group")).toBeNull();
    expect(examples.queryByRole("list")).toBeNull();
    expect(examples.getByRole("link", { name: "andere thema's" })).toHaveAttribute("href", "/themas/");
  });
});

describe("the list of themes", () => {
  it("links every theme to its page with its count, a theme without examples too", () => {
    render(<ThemesPage {...({ page: { themes: themesWithCounts(content) } } as ComponentProps<typeof ThemesPage>)} />);
    expect(screen.getByRole("heading", { level: 1, name: "Thema's" })).toBeVisible();
    // The list of themes, not the breadcrumbs' items.
    const items = screen.getAllByRole("listitem").filter((item) => !item.closest("nav"));
    expect(items.map((item) => within(item).getByRole("link").getAttribute("href"))).toEqual(
      content.themes.map((theme) => `/themas/${theme.id}/`),
    );
    const wonen = items.find((item) => within(item).queryByRole("link", { name: "Wonen" }));
    expect(wonen).toHaveTextContent("Nog geen voorbeelden");
    const ontmoeting = items.find((item) => within(item).queryByRole("link", { name: "Ontmoeting" }));
    expect(ontmoeting).toHaveTextContent("2 voorbeelden");
  });
});
