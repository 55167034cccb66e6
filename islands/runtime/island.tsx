import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, type IslandDefinition } from "./define";

type Props<P extends object> = {
  island: IslandDefinition<P>;
  props: P;
  /** The address of the island's bundle, with its version (lib/pages/island-page.ts). */
  script: string;
};

/**
 * JSON that is safe inside <script>: a "<" in the data (such as "</script>")
 * is written as \u003c, which JSON reads as the same character.
 */
export function islandJson(props: object): string {
  return JSON.stringify(props).replaceAll("<", "\\u003c");
}

/**
 * An island in a document page: the component rendered as HTML, its props as
 * a JSON data block (not run, so the script policy needs no exception), and
 * its bundle, which hydrates the HTML in place after the page is parsed.
 */
export function Island<P extends object>({ island, props, script }: Props<P>) {
  const { Component } = island;
  return (
    <>
      <div {...{ [ISLAND_ATTRIBUTE]: island.name }}>
        <Component {...props} />
      </div>
      <script
        type="application/json"
        {...{ [ISLAND_PROPS_ATTRIBUTE]: island.name }}
        dangerouslySetInnerHTML={{ __html: islandJson(props) }}
      />
      <script src={script} defer />
    </>
  );
}

/**
 * The list flag (islands/runtime/list-flag.ts) as a plain, blocking script,
 * placed right before a filtered list so that it runs before the list is
 * painted: a deep link with filters does not flash the full list.
 */
export function ListFlagScript({ script, params }: { script: string; params: string }) {
  // Blocking on purpose: a deferred script would run after the full list was painted. It is a few hundred bytes.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script src={script} data-params={params} />;
}
