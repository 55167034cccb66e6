import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HEADERS_FILE, headersFile, NGINX_FILE, nginxConfig } from "@/lib/hosting/http-headers";
import { routes } from "@/lib/site";
import { SCRIPTS_FOLDER } from "@/lib/hosting/browser-scripts";
import { headerRules, headersOn, nginxRules } from "./header-rules";

describe("the headers for static hosts and for nginx", () => {
  const rules = headerRules(HEADERS_FILE);
  const nginx = nginxRules(NGINX_FILE);

  it("are committed as lib/hosting/http-headers.ts makes them (run npm run headers after changing it)", () => {
    expect(fs.readFileSync(HEADERS_FILE, "utf8")).toBe(headersFile());
    expect(fs.readFileSync(NGINX_FILE, "utf8")).toBe(nginxConfig());
  });

  it("send the same headers on the same paths in nginx as in _headers", () => {
    expect([...nginx.keys()].toSorted()).toEqual([...rules.keys()].toSorted());
    for (const path of rules.keys())
      expect(Object.fromEntries(nginx.get(path) ?? []), path).toEqual(Object.fromEntries(headersOn(rules, path)));
  });

  it("send HSTS for a year with subdomains on every path, and leave preload to the owner", () => {
    expect(rules.get("/*")?.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    for (const [path, headers] of rules) if (path !== "/*") expect(headers.has("Strict-Transport-Security"), path).toBe(false);
    for (const [path, headers] of nginx) expect(headers.get("Strict-Transport-Security"), path).toBe("max-age=31536000; includeSubDomains");
  });

  it("send security.txt as UTF-8 text and cache the pages' scripts by their version", () => {
    expect(headersOn(rules, routes.securityTxt).get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(headersOn(rules, `/${SCRIPTS_FOLDER}/*`).get("Cache-Control")).toContain("immutable");
  });

  it("are not copied by hand into the README, which points to the generated files", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    expect(/```nginx|add_header \S+ "/.test(readme), "an nginx block in README.md").toBe(false);
    expect(readme).toContain(`\`${NGINX_FILE}\``);
    expect(readme).toContain("`npm run headers`");
  });
});
