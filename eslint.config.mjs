import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's job: switch off ESLint rules that would disagree with it.
  prettier,
  {
    // Components get their data as props; only pages (app/) ask the loaders.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "fs", message: "Componenten lezen geen bestanden: geef de gegevens mee als props vanuit de pagina" },
            { name: "node:fs", message: "Componenten lezen geen bestanden: geef de gegevens mee als props vanuit de pagina" },
          ],
          patterns: [
            {
              regex: "(^|/)lib/content/(load|site-content|read-collection)$",
              message: "Alleen pagina's vragen de loaders; een component krijgt de inhoud als props",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tests/fixtures/**",
    ".cache/**",
  ]),
]);
