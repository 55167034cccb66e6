// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";

describe("SiteHeader", () => {
  it("offers a home link and the main navigation with the listing", () => {
    render(<SiteHeader />);
    expect(screen.getByRole("link", { name: "Gouden Gemeenten" })).toHaveAttribute("href", "/");
    const navigation = screen.getByRole("navigation", { name: "Hoofdnavigatie" });
    expect(within(navigation).getByRole("link", { name: "Alle gemeenten" })).toHaveAttribute("href", "/gemeenten/");
  });
});

describe("SkipLink", () => {
  it("jumps to the main content", () => {
    render(<SkipLink />);
    expect(screen.getByRole("link", { name: "Naar de inhoud" })).toHaveAttribute("href", "#inhoud");
  });
});
