import type { ComponentProps } from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import PrivacyPage from "@/pages/privacy";
import AccessibilityPage from "@/pages/toegankelijkheid";

/** Only the page's own data matters here; the head and frame are the document's, rendered by _app and DocumentHead. */
function privacy(email: string | null) {
  const page = { publisher: "Stichting Voorbeeld", publisherUrl: null, email };
  return render(<PrivacyPage {...({ page } as ComponentProps<typeof PrivacyPage>)} />);
}

function accessibility(email: string | null) {
  const page = { publisher: "Stichting Voorbeeld", email, address: "https://www.voorbeeld.nl/" };
  return render(<AccessibilityPage {...({ page } as ComponentProps<typeof AccessibilityPage>)} />);
}

describe("the privacy statement", () => {
  it("names the publisher, where the names come from and the address for a correction or removal", () => {
    privacy("privacy@voorbeeld.nl");
    expect(screen.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
    expect(screen.getByText(/Deze site wordt uitgegeven door/)).toHaveTextContent("Stichting Voorbeeld");
    expect(screen.getByText(/openbare publicaties van de MOgroep en Sociaal Werk Nederland/)).toBeVisible();
    expect(screen.getByRole("link", { name: "privacy@voorbeeld.nl" })).toHaveAttribute("href", "mailto:privacy@voorbeeld.nl");
    expect(screen.getByRole("link", { name: "Autoriteit Persoonsgegevens" })).toHaveAttribute(
      "href",
      "https://autoriteitpersoonsgegevens.nl/",
    );
  });

  it("without a contact address shows no mail link, only when the address will come", () => {
    privacy(null);
    expect(screen.queryByRole("link", { name: /@/ })).toBeNull();
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(screen.getByText(/staat hier zodra de site in gebruik is/)).toBeVisible();
  });
});

describe("the accessibility statement", () => {
  it("gives its own date in Dutch, its scope, its status and the report address", () => {
    accessibility("toegankelijkheid@voorbeeld.nl");
    expect(screen.getByText("2 december 2026")).toHaveAttribute("datetime", "2026-12-02");
    expect(screen.getByText("https://www.voorbeeld.nl/")).toBeVisible();
    expect(screen.getByText(/Nog niet onderzocht door een deskundige/)).toBeVisible();
    expect(screen.getByRole("link", { name: "toegankelijkheid@voorbeeld.nl" })).toHaveAttribute(
      "href",
      "mailto:toegankelijkheid@voorbeeld.nl",
    );
    expect(screen.getByText(/binnen vijf werkdagen antwoord/)).toBeVisible();
  });

  it("without a contact address shows no mail link, only when the address will come", () => {
    accessibility(null);
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(screen.getByText(/Het adres voor meldingen staat hier zodra de site in gebruik is/)).toBeVisible();
  });
});
