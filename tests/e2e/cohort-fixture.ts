/**
 * What tests/fixtures/cohort-2019 holds, for the tests of the variant site
 * (scripts/build-variant.ts): a cohort of two municipalities, one with a later
 * check, its lessons page, and a new theme that one of their examples names.
 */
export const FIXTURE_YEAR = 2019;
export const NEWCOMERS = [
  { slug: "s-hertogenbosch", name: "'s-Hertogenbosch", code: "GM0796" },
  { slug: "sudwest-fryslan", name: "Súdwest-Fryslân", code: "GM1900" },
];
export const FIXTURE_LESSONS = { id: "2019", titel: "Testlessen van 2019" };
export const FIXTURE_THEME = {
  id: "wonen",
  naam: "Wonen",
  example: { municipality: "s-hertogenbosch", id: "testvoorbeeld-bosch", naam: "Testvoorbeeld Den Bosch" },
};
