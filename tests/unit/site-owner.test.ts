import { describe, expect, it } from "vitest";
import { ownerSettingsProblems, ownerSettingsWarnings, siteOwner } from "@/lib/hosting/site-owner";

describe("the site's owner settings", () => {
  it("default to the site's name, CC BY 4.0 and no address at all", () => {
    expect(siteOwner({})).toEqual({
      publisher: "Gouden Gemeenten",
      publisherUrl: undefined,
      contactEmail: undefined,
      licence: expect.objectContaining({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.nl" }),
      corrections: undefined,
    });
  });

  it("take the publisher, contact address and licence from the environment", () => {
    const owner = siteOwner({
      SITE_PUBLISHER: "Stichting Voorbeeld",
      SITE_PUBLISHER_URL: "https://www.voorbeeld.nl/",
      CONTACT_EMAIL: "redactie@voorbeeld.nl",
      DATA_LICENSE: "CC0-1.0",
    });
    expect(owner.publisher).toBe("Stichting Voorbeeld");
    expect(owner.publisherUrl).toBe("https://www.voorbeeld.nl/");
    expect(owner.contactEmail).toBe("redactie@voorbeeld.nl");
    expect(owner.licence.shortName).toBe("CC0 1.0");
  });

  it("send corrections to CORRECTIONS_URL, else to the contact address", () => {
    expect(siteOwner({ CONTACT_EMAIL: "redactie@voorbeeld.nl" }).corrections).toEqual({ kind: "email", address: "redactie@voorbeeld.nl" });
    expect(
      siteOwner({ CONTACT_EMAIL: "redactie@voorbeeld.nl", CORRECTIONS_URL: "https://github.com/voorbeeld/site/issues/new" }).corrections,
    ).toEqual({ kind: "url", url: "https://github.com/voorbeeld/site/issues/new" });
  });

  it("treat an empty variable as not set", () => {
    expect(siteOwner({ CONTACT_EMAIL: "", SITE_PUBLISHER: "" })).toMatchObject({ contactEmail: undefined, publisher: "Gouden Gemeenten" });
  });

  it("report every wrong value at once, in Dutch, and refuse to build with them", () => {
    const env = { CONTACT_EMAIL: "redactie", CORRECTIONS_URL: "http://voorbeeld.nl/fouten", DATA_LICENSE: "MIT" };
    expect(ownerSettingsProblems(env)).toEqual([
      "CONTACT_EMAIL: moet een e-mailadres zijn, zoals redactie@example.nl",
      "CORRECTIONS_URL: moet een webadres zijn dat begint met https://",
      "DATA_LICENSE: moet een van deze licenties zijn: CC-BY-4.0, CC0-1.0",
    ]);
    expect(() => siteOwner(env)).toThrow(/CONTACT_EMAIL: moet een e-mailadres zijn/);
  });

  it("warn about a production build without a contact address, and only then", () => {
    const warnings = ownerSettingsWarnings({ SITE_URL: "https://www.voorbeeld.nl", SITE_PUBLISHER: "Stichting Voorbeeld" });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^CONTACT_EMAIL ontbreekt: .*Zet CONTACT_EMAIL=/);
    expect(warnings[1]).toMatch(/'Klopt er iets niet\?'/);
    expect(ownerSettingsWarnings({ SITE_URL: "http://localhost:3000" })).toEqual([]);
    expect(
      ownerSettingsWarnings({
        SITE_URL: "https://www.voorbeeld.nl",
        SITE_PUBLISHER: "Stichting Voorbeeld",
        CONTACT_EMAIL: "redactie@voorbeeld.nl",
      }),
    ).toEqual([]);
  });
});
