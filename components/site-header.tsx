import Link from "next/link";
import { routes, SITE_NAME } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href={routes.home} className="text-lg font-bold text-brand no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Hoofdnavigatie">
          <ul className="flex gap-4">
            <li>
              <Link href={routes.municipalities} className="underline-offset-4 hover:underline">
                Alle gemeenten
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
