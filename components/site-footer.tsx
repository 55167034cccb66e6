import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">
        <p>
          {SITE_NAME} brengt de voorbeeldgemeenten van de branchevereniging voor sociaal werk samen. Alle
          feiten komen uit de publicaties van de MOgroep en Sociaal Werk Nederland uit 2015 en 2017.
        </p>
      </div>
    </footer>
  );
}
