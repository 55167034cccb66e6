import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProfileCorrection } from "@/components/profile/profile-correction";

const profile = { name: "Wijk bij Duurstede", url: "https://www.voorbeeld.nl/gemeenten/wijk-bij-duurstede/" };

describe("ProfileCorrection, 'Klopt er iets niet?'", () => {
  it("links to a prefilled e-mail, named by its visible text", () => {
    render(<ProfileCorrection route={{ kind: "email", address: "redactie@voorbeeld.nl" }} {...profile} />);
    const link = screen.getByRole("link", { name: "Klopt er iets niet? Meld een fout in dit profiel" });
    expect(link).toBeVisible();
    const href = link.getAttribute("href") ?? "";
    expect(href).toMatch(/^mailto:redactie@voorbeeld\.nl\?subject=Fout%20in%20het%20profiel%20van%20Wijk%20bij%20Duurstede&body=/);
    expect(decodeURIComponent(href)).toContain(profile.url);
    expect(link.parentElement).toHaveTextContent("(opent uw e-mailprogramma)");
  });

  it("links to a correction form with the profile in its query", () => {
    render(<ProfileCorrection route={{ kind: "url", url: "https://github.com/voorbeeld/site/issues/new" }} {...profile} />);
    const url = new URL(screen.getByRole("link", { name: /Klopt er iets niet\?/ }).getAttribute("href") ?? "");
    expect(url.searchParams.get("title")).toBe("Fout in het profiel van Wijk bij Duurstede");
    expect(screen.getByText(/opent een meldformulier/)).toBeVisible();
  });

  it("renders nothing without a correction route", () => {
    const { container } = render(<ProfileCorrection route={undefined} {...profile} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole("link")).toBeNull();
  });
});
