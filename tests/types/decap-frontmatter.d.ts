/**
 * The types of Decap CMS's front-matter format (decap-cms-core/src/formats/frontmatter.ts),
 * which the round-trip test runs as shipped. tsconfig maps the module here so
 * that the type check does not compile Decap's own sources.
 */
export declare class FrontmatterFormatter {
  constructor(format?: "yaml" | "toml" | "json");
  fromFile(content: string): Record<string, unknown> & { body?: string };
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}
