import { describe, expect, it } from "vitest";
import { HEADERS_FILE, NGINX_FILE } from "@/lib/hosting/http-headers";
import { directives, headerRules, nginxRules } from "./header-rules";

const scriptSources = (policy: string | undefined) =>
  [...directives(policy)].find((directive) => directive.startsWith("script-src"))?.split(/\s+/) ?? [];

describe.each([
  ["public/_headers", () => headerRules(HEADERS_FILE)],
  ["the nginx example", () => nginxRules(NGINX_FILE)],
])("the script policy in %s", (_, rules) => {
  it("allows the site's own scripts and Pagefind's WebAssembly, and no inline script", () => {
    expect(scriptSources(rules().get("/*")?.get("Content-Security-Policy"))).toEqual(["script-src", "'self'", "'wasm-unsafe-eval'"]);
  });

  it("is the same on every path but the editor's", () => {
    const sitePolicy = rules().get("/*")?.get("Content-Security-Policy");
    // nginx repeats the site-wide headers in every location; _headers names only what a path changes.
    const others = [...rules()].filter(
      ([, headers]) => headers.has("Content-Security-Policy") && headers.get("Content-Security-Policy") !== sitePolicy,
    );
    expect(others.map(([path]) => path)).toEqual(["/admin/*"]);
  });
});
