import type { Thing, WithContext } from "schema-dts";

type Props = { data: WithContext<Thing> };

/** schema.org data for search engines; "<" is escaped so the JSON cannot close the script element. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replaceAll("<", "\\u003c") }} />;
}
