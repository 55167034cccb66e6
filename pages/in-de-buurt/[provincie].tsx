import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NearbyAnswer } from "@/components/nearby-answer";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { nearbyProvinceRoute, type NearbyProvincePageData } from "@/lib/pages/nearby-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(nearbyProvinceRoute);

export const getStaticProps = staticProps(nearbyProvinceRoute);

export default function NearbyProvincePage({ page: { province, municipalities } }: DocumentProps<NearbyProvincePageData>) {
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Bij u in de buurt", href: routes.nearby }, { label: province }]}
      />
      <h1 className="text-display font-bold">Bij u in de buurt: {province}</h1>
      <p className="mt-4 max-w-measure text-lg">
        Elke gemeente in {province} met haar Gouden Gemeente. Heeft een gemeente er geen, dan staan de drie Gouden Gemeenten die het
        dichtstbij liggen er, hemelsbreed tussen de middens van de gebieden.
      </p>
      <table className="mt-8 w-full border-collapse text-left">
        <caption className="sr-only">De gemeenten van {province} en hun Gouden Gemeente</caption>
        <thead>
          <tr className="border-b border-control">
            <th scope="col" className="py-2 pr-4">
              Gemeente
            </th>
            <th scope="col" className="py-2">
              Gouden Gemeente
            </th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.code} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">
                {municipality.name}
              </th>
              <td className="py-2">
                <NearbyAnswer answers={municipality.answers} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
