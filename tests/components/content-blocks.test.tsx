import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EmptyState } from "@/components/empty-state";
import { MunicipalityCard } from "@/components/municipality-card";
import { Notice } from "@/components/notice";
import { PracticeExample } from "@/components/practice-example";
import { Prose } from "@/components/prose";
import { Quotation } from "@/components/quotation";

describe("MunicipalityCard", () => {
  const card = (
    <MunicipalityCard
      href="/gemeenten/ede/"
      name="Ede"
      cohort={2015}
      title="Partnerschap is leidend"
      province="Gelderland"
      criteria={[{ id: "lerend-samenwerkend", label: "Lerend en samenwerkend" }]}
    />
  );

  it("is an article whose heading links to the profile", () => {
    render(card);
    const article = screen.getByRole("article");
    const heading = within(article).getByRole("heading", { level: 3, name: "Ede" });
    expect(within(heading).getByRole("link", { name: "Ede" })).toHaveAttribute("href", "/gemeenten/ede/");
  });

  it("shows cohort, title, province and the criteria as a named list", () => {
    render(card);
    expect(screen.getByText("Cohort 2015")).toBeVisible();
    expect(screen.getByText("Partnerschap is leidend")).toBeVisible();
    expect(screen.getByText("Gelderland")).toBeVisible();
    const list = screen.getByRole("list", { name: "Criteria van Ede" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });

  it("leaves out the criteria list when there are none", () => {
    render(<MunicipalityCard href="/x/" name="X" cohort={2019} title="T" province="Utrecht" criteria={[]} />);
    expect(screen.queryByRole("list")).toBeNull();
  });
});

describe("Quotation", () => {
  it("marks the quote as a blockquote and attributes speaker, role, organisation and source", () => {
    const { container } = render(
      <Quotation
        text="Met menskracht én met geld."
        speaker="Eric Wichgers"
        role="directeur"
        organisation="Figulus Welzijn"
        sourceTitle="Elf Nieuwe Gouden Gemeenten"
      />,
    );
    expect(container.querySelector("blockquote")).toHaveTextContent("Met menskracht én met geld.");
    const caption = screen.getByRole("figure");
    expect(caption).toHaveTextContent("Eric Wichgers, directeur, Figulus Welzijn");
    expect(within(caption).getByText("Elf Nieuwe Gouden Gemeenten").tagName).toBe("CITE");
  });

  it("leaves out role and organisation when the source gives none", () => {
    render(<Quotation text="Zo doe je dat." speaker="Han Jetten" sourceTitle="Verslag" />);
    expect(screen.getByRole("figure")).toHaveTextContent(/Han Jetten\s*Bron: Verslag/);
  });
});

describe("PracticeExample", () => {
  it("is a region with a stable anchor, named by its heading, with its themes linked to their pages", () => {
    render(
      <PracticeExample
        id="hemelse-modder"
        name="Hemelse Modder"
        description="Een budget per wijk."
        themes={[
          { label: "Jeugd", href: "/themas/jeugd/" },
          { label: "Schulden en armoede", href: "/themas/schulden-en-armoede/" },
        ]}
      />,
    );
    const region = screen.getByRole("region", { name: "Hemelse Modder" });
    expect(region).toHaveAttribute("id", "hemelse-modder");
    expect(region).toHaveTextContent("Thema's: Jeugd · Schulden en armoede");
    expect(screen.getByRole("link", { name: "Schulden en armoede" })).toHaveAttribute("href", "/themas/schulden-en-armoede/");
  });

  it("names its themes without links where it has no pages for them (the editor's preview)", () => {
    render(<PracticeExample id="de-kas" name="De Kas" description="Een plek." themes={[{ label: "Ontmoeting" }]} />);
    expect(screen.getByRole("region", { name: "De Kas" })).toHaveTextContent("Thema's: Ontmoeting");
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe("Prose", () => {
  it("renders the sanitised Markdown HTML it is given", () => {
    render(<Prose html="<h2>Zo werkt het</h2><p>Een alinea.</p>" />);
    expect(screen.getByRole("heading", { level: 2, name: "Zo werkt het" })).toBeVisible();
    expect(screen.getByText("Een alinea.")).toBeVisible();
  });
});

describe("EmptyState", () => {
  it("says that there is nothing and what to do", () => {
    render(<EmptyState title="Geen gemeenten gevonden">Haal een filter weg.</EmptyState>);
    expect(screen.getByText("Geen gemeenten gevonden")).toBeVisible();
    expect(screen.getByText("Haal een filter weg.")).toBeVisible();
  });
});

describe("Notice", () => {
  it("is a complementary note named by its tone and title", () => {
    render(<Notice title="Sinds de selectie veranderd">Leerdam is opgegaan in Vijfheerenlanden.</Notice>);
    expect(screen.getByRole("complementary", { name: "Let op: Sinds de selectie veranderd" })).toHaveTextContent(
      "Leerdam is opgegaan in Vijfheerenlanden.",
    );
  });

  it("has a warning variant", () => {
    render(
      <Notice tone="warning" title="Geld">
        Zonder geld stopt het.
      </Notice>,
    );
    expect(screen.getByRole("complementary", { name: "Waarschuwing: Geld" })).toBeVisible();
  });
});
