import type { Metadata } from "next";
import Link from "next/link";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "Pagina niet gevonden",
  description: "Deze pagina bestaat niet (meer).",
};

export default function NotFound() {
  return (
    <div data-pagefind-ignore="all">
      <h1 className="text-3xl font-bold">Pagina niet gevonden</h1>
      <p className="mt-4 max-w-prose">Deze pagina bestaat niet, of niet meer. Misschien is het adres verkeerd overgenomen.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <Link href={routes.municipalities} className="text-brand underline">
            Bekijk alle Gouden Gemeenten
          </Link>
        </li>
        <li>
          <Link href={routes.home} className="text-brand underline">
            Naar de startpagina
          </Link>
        </li>
      </ul>
    </div>
  );
}
