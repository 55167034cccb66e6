import { readContentFile, writeContentFile } from "../content/file-form";
import type { ContentFolder } from "../content/schema";

/**
 * The editor's file format, one per folder: Decap CMS reads and writes the
 * content files with the same code as `npm run content:format`, so that a
 * save writes the one form of lib/content/file-form.ts, and a changed field
 * changes its own lines only. Per folder, because the order of the fields
 * inside lists and objects is the schema's, which Decap does not know.
 */
export type DecapFileFormat = {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
};

/** The name config.yml gives a collection's format, registered under that name by the editor's script. */
export function fileFormatName(folder: ContentFolder): string {
  return `gouden-gemeenten-${folder}`;
}

export function decapFileFormat(folder: ContentFolder): DecapFileFormat {
  return {
    fromFile(text) {
      const read = readContentFile(text);
      // Decap shows the message where the entry would be.
      if ("problem" in read) throw new Error(`Dit bestand is onleesbaar (regel ${read.problem.line ?? 1}): ${read.problem.message}`);
      // Decap's own formats keep the body under "body", the name of the body field in config.yml.
      return { ...read.data, body: read.body };
    },
    toFile({ body, ...fields }) {
      return writeContentFile(folder, fields, typeof body === "string" ? body : "");
    },
  };
}
