import { correctionHref } from "@/lib/hosting/corrections";
import type { CorrectionRoute } from "@/lib/hosting/site-owner";

type Props = {
  /** The site's correction route (siteOwner().corrections); without one the profile offers none. */
  route: CorrectionRoute | undefined;
  name: string;
  /** The page's absolute address, so the message says which page it is about. */
  url: string;
  /** What the page is, as the link names it. */
  subject?: "dit profiel" | "dit voorbeeld";
};

/** "Klopt er iets niet?": a message to the editors, already naming the profile and its address. */
export function ProfileCorrection({ route, name, url, subject = "dit profiel" }: Props) {
  // No route, no link: the site never offers an empty address.
  if (!route) return null;
  return (
    <p className="mt-4 max-w-measure text-sm print:hidden">
      <a href={correctionHref(route, { name, url })} className="font-semibold">
        Klopt er iets niet? Meld een fout in {subject}
      </a>
      {route.kind === "email" ? " (opent uw e-mailprogramma)" : " (opent een meldformulier)"}. Het bericht noemt al de gemeente en het adres
      van deze pagina; u hoeft alleen te schrijven wat er niet klopt.
    </p>
  );
}
