/**
 * Writes the targets table of scripts/bench/targets.ts into docs/benchmark.md,
 * between its two markers; a unit test fails when the two differ.
 * Usage: tsx scripts/bench/write-doc.ts
 */
import fs from "node:fs";
import { BENCHMARK_DOC, TABLE_END, TABLE_START, targetsTable } from "./targets";

const doc = fs.readFileSync(BENCHMARK_DOC, "utf8");
const start = doc.indexOf(TABLE_START);
const end = doc.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`${BENCHMARK_DOC} mist de markeringen ${TABLE_START} en ${TABLE_END}`);
fs.writeFileSync(BENCHMARK_DOC, `${doc.slice(0, start + TABLE_START.length)}\n${targetsTable()}\n${doc.slice(end)}`);
console.log(`Doelen geschreven in ${BENCHMARK_DOC}`);
