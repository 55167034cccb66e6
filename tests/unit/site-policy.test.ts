import { describe, expect, it } from "vitest";
import { HEADERS_FILE, NGINX_FILE } from "@/lib/http-headers";
import { interactivePaths } from "../app-routes";
import { directives, headerRules, nginxRules } from "./header-rules";

const scriptSources = (policy: string | undefined) =>
  [...directives(policy)].find((directive) => directive.startsWith("script-src"))?.split(/\s+/) ?? [];

describe("the site's script policy", () => {
  const rules = headerRules(HEADERS_FILE);
  const sitePolicy = rules.get("/*")?.get("Content-Security-Policy");

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

  it("is the same in the nginx example", () => {
    const nginx = nginxRules(NGINX_FILE);
    expect(nginx.get("/*")?.get("Content-Security-Policy")).toBe(sitePolicy);
    const withInline = [...nginx].filter(([, headers]) => headers.get("Content-Security-Policy")?.includes("'unsafe-inline' 'wasm"));
    expect(withInline.map(([rulePath]) => rulePath).toSorted()).toEqual(interactivePaths());
    for (const path of interactivePaths()) {
      expect(nginx.get(path)?.get("Content-Security-Policy")).toBe(rules.get(path)?.get("Content-Security-Policy"));
    }
  });
});
