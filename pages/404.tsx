import type { GetStaticProps } from "next";
import { PageLink } from "@/components/page-link";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<DocumentProps<null>> = () =>
  documentProps(null, { title: "Pagina niet gevonden", description: "Deze pagina bestaat niet (meer).", noindex: true });

export default function NotFoundPage() {
  return (
    <div data-pagefind-ignore="all">
      <h1 className="text-3xl font-bold">Pagina niet gevonden</h1>
      <p className="mt-4 max-w-prose">Deze pagina bestaat niet, of niet meer. Misschien is het adres verkeerd overgenomen.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <PageLink href={routes.municipalities} className="text-brand underline">
            Bekijk alle Gouden Gemeenten
          </PageLink>
        </li>
        <li>
          <PageLink href={routes.home} className="text-brand underline">
            Naar de startpagina
          </PageLink>
        </li>
      </ul>
    </div>
  );
}
