import type { GetStaticProps } from "next";
import { PageLink } from "@/components/page-link";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Next writes this page for server errors; a static host rarely shows it, but it is the site's own when it does. */
export const getStaticProps: GetStaticProps<DocumentProps<null>> = () =>
  documentProps(null, { title: "Er ging iets mis", description: "Deze pagina kon niet worden getoond.", noindex: true });

export default function ServerErrorPage() {
  return (
    <div data-pagefind-ignore="all">
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p className="mt-4 max-w-prose">Deze pagina kon niet worden getoond. Probeer het later nog eens.</p>
      <p className="mt-6">
        <PageLink href={routes.home} className="text-brand underline">
          Naar de startpagina
        </PageLink>
      </p>
    </div>
  );
}
