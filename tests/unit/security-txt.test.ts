import { describe, expect, it } from "vitest";
import { securityTxt, securityTxtExpiry } from "@/lib/hosting/security-txt";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const CANONICAL = "https://www.example.nl/.well-known/security.txt";

/** The fields of a security.txt, as RFC 9116 reads them: "Name: value" lines, comments skipped. */
function fields(text: string): [string, string][] {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]);
}

describe("security.txt", () => {
  it("names the contact address, the expiry, the languages and its own address", () => {
    const text = securityTxt({ contactEmail: "security@example.nl" }, new Date("2026-12-02T11:45:00Z"), CANONICAL);
    expect(fields(text ?? "")).toEqual([
      ["Contact", "mailto:security@example.nl"],
      ["Expires", "2027-12-01T00:00:00.000Z"],
      ["Preferred-Languages", "nl, en"],
      ["Canonical", CANONICAL],
    ]);
    expect(text).toMatch(/\n$/);
  });

  it.each(["2026-12-02T11:45:00Z", "2028-02-29T23:59:59Z", "2027-01-01T00:00:00Z", "2026-12-31T23:30:00Z", "2027-03-01T00:00:01Z"])(
    "expires in the future but less than a year after a build at %s",
    (date) => {
      const builtAt = new Date(date);
      const expiry = securityTxtExpiry(builtAt).getTime();
      expect(expiry).toBeGreaterThan(builtAt.getTime() + 360 * 24 * 60 * 60 * 1000);
      expect(expiry).toBeLessThan(builtAt.getTime() + YEAR_MS);
      // An RFC 3339 date and time in UTC.
      expect(securityTxtExpiry(builtAt).toISOString()).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    },
  );

  it("does not exist without a contact address, which RFC 9116 requires", () => {
    expect(securityTxt({ contactEmail: undefined }, new Date(), CANONICAL)).toBeUndefined();
  });
});
