import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { interactivePaths } from "../app-routes";
import { directives, headerRules } from "./header-rules";

const scriptSources = (policy: string | undefined) =>
  [...directives(policy)].find((directive) => directive.startsWith("script-src"))?.split(/\s+/) ?? [];

describe("the site's script policy", () => {
  const rules = headerRules("public/_headers");
  const sitePolicy = rules.get("/*")?.get("Content-Security-Policy");
  const readme = fs.readFileSync("README.md", "utf8");

  it("allows no inline script on the document pages", () => {
    expect(scriptSources(sitePolicy)).toEqual(["script-src", "'self'", "'wasm-unsafe-eval'"]);
  });

  it("allows inline scripts on exactly the interactive pages, with the site's policy otherwise", () => {
    const withInline = [...rules].filter(([, headers]) => headers.get("Content-Security-Policy")?.includes("'unsafe-inline' 'wasm"));
    expect(interactivePaths()).toEqual(["/gemeenten/", "/vergelijk/", "/voorbeelden/", "/zoeken/"]);
    expect(withInline.map(([rulePath]) => rulePath).toSorted()).toEqual(interactivePaths());
    for (const [, headers] of withInline) {
      expect(headers.get("Content-Security-Policy")).toBe(sitePolicy?.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
    }
  });

  it("is the same in the README's nginx example", () => {
    expect(/location \/ \{\s*add_header Content-Security-Policy "([^"]+)"/.exec(readme)?.[1]).toBe(sitePolicy);
    const interactive = /location ~ \^\/\(([a-z|]+)\)\/\$ \{\s*add_header Content-Security-Policy "([^"]+)"/.exec(readme);
    expect(interactive?.[1]?.split("|").map((name) => `/${name}/`)).toEqual(interactivePaths());
    expect(interactive?.[2]).toBe(rules.get("/gemeenten/")?.get("Content-Security-Policy"));
  });
});
