import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HEADERS_FILE, NGINX_FILE } from "@/lib/hosting/http-headers";
import { directives, headerRules, metaPolicy, nginxRules } from "./header-rules";

describe("het beleid van de editor op /admin/", () => {
  const rules = headerRules(HEADERS_FILE);
  const sitePolicy = rules.get("/*")?.get("Content-Security-Policy");
  const adminPolicy = rules.get("/admin/*")?.get("Content-Security-Policy");
  const adminPage = fs.readFileSync("public/admin/index.html", "utf8");

  it("staat in de header en in de pagina zelf gelijk (frame-ancestors kan alleen in een header)", () => {
    const fromHeader = directives(adminPolicy);
    expect(fromHeader.delete("frame-ancestors 'none'")).toBe(true);
    expect(directives(metaPolicy(adminPage))).toEqual(fromHeader);
  });

  it("staat in het nginx-voorbeeld net zo", () => {
    const admin = nginxRules(NGINX_FILE).get("/admin/*");
    expect(admin?.get("Content-Security-Policy")).toBe(adminPolicy);
    expect(admin?.get("X-Robots-Tag")).toBe("noindex, nofollow");
  });

  it("staat code-evaluatie alleen daar toe, niet op de rest van de site", () => {
    expect(adminPolicy).toContain("'unsafe-eval'");
    expect(sitePolicy).toBeDefined();
    expect(sitePolicy).not.toContain("'unsafe-eval'");
    expect(sitePolicy).toContain("connect-src 'self';");
  });

  it("houdt de editor buiten zoekmachines en laadt Decap van de eigen site", () => {
    expect(adminPage).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(rules.get("/admin/*")?.get("X-Robots-Tag")).toBe("noindex, nofollow");
    const scripts = [...adminPage.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(["decap/decap-cms.js", "preview.js"]);
  });
});
