import fs from "node:fs";

type Rules = Map<string, Map<string, string>>;

/** The headers of each path in public/_headers (Netlify / Cloudflare Pages syntax). */
export function headerRules(file: string): Rules {
  const rules: Rules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else current?.set(line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim());
  }
  return rules;
}

/** The _headers paths an nginx location matches: `/x/` → `/x/*`, `= /x` → `/x`, `~ ^(/a/|/b/)$` → `/a/`, `/b/`. */
function pathsOf(location: string): string[] {
  const exact = /^= (\S+)$/.exec(location);
  if (exact) return [exact[1] ?? ""];
  const alternatives = /^~ \^\((.+)\)\$$/.exec(location);
  if (alternatives) return (alternatives[1] ?? "").split("|").map((path) => path.replaceAll("\\", ""));
  if (/^\/\S*$/.test(location)) return [`${location}*`];
  throw new Error(`onbekende nginx-location: ${location}`);
}

/**
 * The headers nginx sends in each location of docs/nginx.conf, keyed by the
 * _headers paths the location matches. A Content-Type set with default_type
 * counts as a header.
 */
export function nginxRules(file: string): Rules {
  const rules: Rules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const location = /^location (.+) \{$/.exec(line);
    if (location) {
      current = new Map();
      for (const path of pathsOf(location[1] ?? "")) rules.set(path, current);
    } else if (line === "}") current = undefined;
    else {
      const header = /^\s+add_header (\S+) "([^"]*)" always;$/.exec(line);
      if (header) current?.set(header[1] ?? "", header[2] ?? "");
      const contentType = /default_type "([^"]*)";$/.exec(line);
      if (contentType) current?.set("Content-Type", contentType[1] ?? "");
    }
  }
  return rules;
}

/**
 * What a host that reads _headers sends on one of its paths: the site-wide
 * rule (/*), with the values of the path's own rule in its place (Netlify).
 */
export function headersOn(rules: Rules, path: string): Map<string, string> {
  return new Map([...(rules.get("/*") ?? []), ...(rules.get(path) ?? [])]);
}

export function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
}

export const directives = (policy: string | undefined) => new Set((policy ?? "").split(";").map((directive) => directive.trim()));
