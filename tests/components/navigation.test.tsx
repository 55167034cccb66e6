import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { footerNavigation } from "@/lib/site";

describe("SiteHeader", () => {
  it("offers a home link and the main navigation with the listing and the examples", () => {
    render(<SiteHeader />);
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Gouden Gemeenten" })).toHaveAttribute("href", "/");
    const navigation = screen.getByRole("navigation", { name: "Hoofdnavigatie" });
    expect(within(navigation).getByRole("link", { name: "Gemeenten" })).toHaveAttribute("href", "/gemeenten/");
    expect(within(navigation).getByRole("link", { name: "Voorbeelden" })).toHaveAttribute("href", "/voorbeelden/");
  });

  it("has a labelled search box that submits to the search page without JavaScript", () => {
    render(<SiteHeader />);
    const search = screen.getByRole("search");
    expect(search).toHaveAttribute("action", "/zoeken/");
    expect(search).toHaveAttribute("method", "get");
    expect(within(search).getByRole("searchbox", { name: "Zoek op de site" })).toHaveAttribute("name", "q");
    expect(within(search).getByRole("button", { name: "Zoek" })).toHaveAttribute("type", "submit");
  });
});

describe("SiteFooter", () => {
  const links = footerNavigation({
    criterionCount: 6,
    lessons: [
      { id: "2015", titel: "Lessen uit de leertafels van 2015" },
      { id: "2019", titel: "Lessen uit 2019" },
    ],
  });

  it("is the page's contentinfo with a short about text and its own navigation", () => {
    render(<SiteFooter cohortYears={[2015, 2017]} links={links} />);
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByRole("heading", { name: "Over Gouden Gemeenten" })).toBeVisible();
    expect(within(footer).getByRole("navigation", { name: "Voettekst" })).toBeVisible();
  });

  it("names every cohort and links every lessons page and the criteria with their count", () => {
    render(<SiteFooter cohortYears={[2015, 2017, 2019]} links={links} />);
    const footer = screen.getByRole("contentinfo");
    expect(footer).toHaveTextContent("in 2015, 2017 en 2019 koos");
    const navigation = within(footer).getByRole("navigation", { name: "Voettekst" });
    expect(within(navigation).getByRole("link", { name: "Lessen uit de leertafels van 2015" })).toHaveAttribute("href", "/lessen/2015/");
    expect(within(navigation).getByRole("link", { name: "Lessen uit 2019" })).toHaveAttribute("href", "/lessen/2019/");
    expect(within(navigation).getByRole("link", { name: "De zes criteria" })).toHaveAttribute("href", "/criteria/");
    expect(within(navigation).getByRole("link", { name: "Privacy" })).toHaveAttribute("href", "/privacy/");
  });
});

describe("SkipLink", () => {
  it("jumps to the main content", () => {
    render(<SkipLink />);
    expect(screen.getByRole("link", { name: "Naar de inhoud" })).toHaveAttribute("href", "#inhoud");
  });
});

describe("Breadcrumbs", () => {
  it("links every level but the current page, which is marked as such", () => {
    render(<Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Alle gemeenten", href: "/gemeenten/" }, { label: "Ede" }]} />);
    const trail = screen.getByRole("navigation", { name: "Kruimelpad" });
    expect(
      within(trail)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Home", "Alle gemeenten"]);
    expect(within(trail).getByText("Ede")).toHaveAttribute("aria-current", "page");
  });
});
