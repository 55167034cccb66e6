/**
 * npm run content:docs — writes the field reference in docs/redactie.md
 * from the content schema. A unit test fails when the guide is out of date.
 */
import fs from "node:fs";
import { withFieldGuide } from "../lib/content/field-guide";

const GUIDE = "docs/redactie.md";
fs.writeFileSync(GUIDE, withFieldGuide(fs.readFileSync(GUIDE, "utf8")));
console.log(`Veldentabellen in ${GUIDE} bijgewerkt uit het schema.`);
