import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import { navigateToSearch, useHydrated, useUrlSearch } from "@/lib/listing/use-url-search";
import {
  answersIn,
  FINDER_PARAM,
  finderChoice,
  finderMunicipalities,
  isProvinceAnswers,
  type Answer,
  type FinderIndex,
  type FinderMunicipality,
  type FinderProfile,
  type MapPosition,
  type ProvinceAnswers,
} from "@/lib/nearby/finder";
import { findMunicipality, MAX_QUERY_LENGTH, nameSearchKey, suggestions, type NameMatch } from "@/lib/nearby/names";
import { routes, withBasePath } from "@/lib/site";
import { countLabel, listInDutch } from "@/lib/site/format";
import { PageLink } from "./page-link";
import { NearbyMap } from "./nearby-map";

type Props = { index: FinderIndex };

type Match = NameMatch<FinderMunicipality>;

const FIELD_ID = "gemeente-zoeker";
const LIST_ID = "gemeente-suggesties";
const optionId = (index: number) => `${LIST_ID}-${index}`;

/** How many suggestions the list shows: enough for "Den …", short enough to read on a phone. */
const SUGGESTION_COUNT = 8;

/**
 * The value of ?gemeente= for a match: the slug for a municipality's own name
 * (?gemeente=amersfoort), the name that was typed for an alias or a name of
 * 2017 (?gemeente=leerdam), so that the shared link tells the same story.
 */
function urlValue(match: Match): string {
  return match.via === "name" ? match.entry.slug : nameSearchKey(match.matched);
}

const searchFor = (value: string) => `?${new URLSearchParams({ [FINDER_PARAM]: value })}`;

/** Goes to a search, without a second history entry when it is already the page's. */
function show(search: string): void {
  navigateToSearch(search, search === window.location.search ? "replace" : "push");
}

/** The name under which a suggestion is shown: Leerdam (nu Vijfheerenlanden), Den Haag ('s-Gravenhage). */
function optionLabel({ entry, via, matched }: Match): string {
  if (via === "former") return `${matched} (nu ${entry.name})`;
  return via === "alias" ? `${matched} (${entry.name})` : entry.name;
}

const cohortOf = (profile: FinderProfile) => `uit het cohort ${profile.cohort}`;

/** One sentence per answer, as the page shows it and a screen reader announces it. */
function answerSentence(name: string, answer: Answer<FinderProfile>): string {
  switch (answer.kind) {
    case "gouden-gemeente":
      return `${name} is een Gouden Gemeente ${cohortOf(answer.profile)}.`;
    case "bevat":
      return `${answer.former}, een Gouden Gemeente ${cohortOf(answer.profile)}, is na de selectie opgegaan in de gemeente ${name}.`;
    case "lid":
      return answer.former
        ? `${name} omvat ${answer.former}, lid van ${answer.region}, een Gouden Gemeente ${cohortOf(answer.profile)}.`
        : `${name} is lid van ${answer.region}, een Gouden Gemeente ${cohortOf(answer.profile)}.`;
    case "dichtbij": {
      const nearest = answer.nearest.map(({ profile, km }) => `${profile.name} (${km} km)`);
      return `${name} is geen Gouden Gemeente. Hemelsbreed het dichtstbij: ${listInDutch(nearest)}.`;
    }
  }
}

/** What the finder says about a match, the name that led to it first: "Zederik is opgegaan in de gemeente Vijfheerenlanden." */
function summary({ entry, via, matched }: Match, answers: Answer<FinderProfile>[]): string {
  const sentences = answers.map((answer) => answerSentence(entry.name, answer));
  const toldAlready = answers.some((answer) => "former" in answer && answer.former === matched);
  if (via === "former" && !toldAlready) sentences.unshift(`${matched} is opgegaan in de gemeente ${entry.name}.`);
  return sentences.join(" ");
}

/** Each province's answers once they have arrived, and the fetches under way; a failed fetch is forgotten, so that the next choice tries again. */
const provinceFiles = new Map<string, ProvinceAnswers>();
const provinceFetches = new Map<string, Promise<ProvinceAnswers | undefined>>();

function fetchProvince(province: string): Promise<ProvinceAnswers | undefined> {
  const underWay = provinceFetches.get(province);
  if (underWay) return underWay;
  const fetching = fetch(withBasePath(routes.nearbyAnswers(province)))
    .then((response) => (response.ok ? response.json() : undefined))
    .then((file: unknown) => (isProvinceAnswers(file) ? file : undefined))
    .catch(() => undefined)
    .then((file) => {
      provinceFetches.delete(province);
      if (file) provinceFiles.set(province, file);
      return file;
    });
  provinceFetches.set(province, fetching);
  return fetching;
}

type Loading = { status: "loading" } | { status: "failed" } | { status: "ready"; file: ProvinceAnswers };

/** The answers of the chosen municipality's province: at once when they have arrived before, else fetched for this choice. */
function useProvinceAnswers(choice: { province: string; slug: string } | undefined): Loading | undefined {
  const [failedFor, setFailedFor] = useState<string>();
  // The file itself lives in provinceFiles, shared by every choice; this only renders again once it is there.
  const [, setArrived] = useState(0);
  const province = choice?.province;
  const slug = choice?.slug;
  useEffect(() => {
    if (!province || provinceFiles.has(province)) return;
    let current = true;
    void fetchProvince(province).then((file) => {
      if (!current) return;
      if (file) setArrived((count) => count + 1);
      else setFailedFor(slug);
    });
    return () => {
      current = false;
    };
  }, [province, slug]);
  if (!province) return undefined;
  const file = provinceFiles.get(province);
  if (file) return { status: "ready", file };
  return failedFor === slug ? { status: "failed" } : { status: "loading" };
}

/**
 * The finder "Bij u in de buurt": a field with suggestions from every
 * municipality of today (a combobox after the WAI-ARIA pattern), and the
 * answer for the chosen one in words, as cards and on a small map. The choice
 * lives in the URL (?gemeente=), so that Back and a shared link show the same
 * answer; the sentence that sums it up is a status, read out when it changes.
 */
export function NearbyFinder({ index }: Props) {
  const municipalities = useMemo(() => finderMunicipalities(index), [index]);
  const search = useUrlSearch();
  // The static page has no choice and no working field, only a note: the province pages answer without scripts.
  const hydrated = useHydrated();
  const choice = useMemo(() => finderChoice(search, municipalities), [search, municipalities]);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [empty, setEmpty] = useState(false);
  const options = useMemo(() => suggestions(text, municipalities, SUGGESTION_COUNT), [text, municipalities]);

  // The field shows what the URL chose, also after Back.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is read after hydration (useUrlSearch)
    setText(choice.kind === "found" ? choice.match.matched : choice.kind === "none" ? "" : choice.query.slice(0, MAX_QUERY_LENGTH));
    setOpen(false);
    setEmpty(false);
  }, [choice]);

  const pick = (match: Match) => {
    setText(match.matched);
    setOpen(false);
    show(searchFor(urlValue(match)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const highlighted = open ? options[active] : undefined;
    if (highlighted) return pick(highlighted);
    const query = text.trim().slice(0, MAX_QUERY_LENGTH);
    setEmpty(!query);
    if (!query) return;
    const [only, ...more] = findMunicipality(query, municipalities);
    // The one suggestion left is what the reader was typing (amersf → Amersfoort).
    const [onlySuggestion, ...otherSuggestions] = options;
    if (!only && onlySuggestion && !otherSuggestions.length) return pick(onlySuggestion);
    setOpen(false);
    show(searchFor(only && !more.length ? urlValue(only) : query));
  };

  const move = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      const count = options.length;
      // Down opens the list on its first suggestion, Up on its last; within the list both wrap around.
      setActive((current) => (!open || current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
      setOpen(true);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setText("");
    } else if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) {
      // The caret moves in the field again: no suggestion is highlighted (WAI-ARIA combobox pattern).
      setActive(-1);
    }
  };

  const listed = open && options.length > 0;
  const activeOption = listed && active >= 0 && active < options.length ? optionId(active) : undefined;
  const found = choice.kind === "found" ? choice.match : undefined;
  const loading = useProvinceAnswers(found?.entry);
  const answer = found && loading?.status === "ready" ? answersIn(loading.file, found.entry.slug) : undefined;

  return (
    <div>
      {/* Until the script runs, and for good when it does not, the page says where else to look. */}
      {hydrated ? null : <p className="max-w-measure">Zonder JavaScript: kies hieronder uw provincie.</p>}
      <form role="search" aria-label="Gemeente zoeken" onSubmit={submit} hidden={!hydrated} className="relative max-w-xl">
        <label htmlFor={FIELD_ID} className="block font-semibold">
          Uw gemeente
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={FIELD_ID}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={listed}
            aria-controls={LIST_ID}
            aria-activedescendant={activeOption}
            aria-describedby={empty ? `${FIELD_ID}-leeg` : undefined}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setOpen(true);
              setActive(-1);
              setEmpty(false);
            }}
            onKeyDown={move}
            onBlur={() => setOpen(false)}
            className="min-h-11 min-w-0 flex-1 rounded border border-control bg-paper px-3 text-ink"
          />
          <button type="submit" className="min-h-11 rounded border border-control bg-link px-4 font-medium text-paper hover:bg-ink">
            Zoek
          </button>
        </div>
        <ul
          id={LIST_ID}
          role="listbox"
          aria-label="Gemeenten"
          hidden={!listed}
          className="absolute inset-x-0 z-10 mt-1 max-h-80 overflow-auto rounded border border-control bg-paper shadow-md"
        >
          {options.map((match, index) => (
            <li
              key={`${match.entry.slug}-${match.matched}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the field, so that the list stays open until the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(match)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-link text-paper" : "hover:bg-gold-soft"}`}
            >
              {optionLabel(match)}
            </li>
          ))}
        </ul>
        <p role="status" className="sr-only">
          {open && text.trim()
            ? options.length
              ? `${countLabel(options.length, "suggestie", "suggesties")}, kies met de pijltjestoetsen.`
              : "Geen suggesties."
            : ""}
        </p>
      </form>
      <div role="status" className="mt-6 max-w-measure text-lg">
        {empty ? (
          <p id={`${FIELD_ID}-leeg`}>Vul de naam van uw gemeente in.</p>
        ) : found && answer ? (
          <p>{summary(found, answer.answers)}</p>
        ) : found && loading?.status === "loading" ? (
          <p>Het antwoord wordt geladen.</p>
        ) : found ? (
          <p>
            Het antwoord voor {found.entry.name} kon niet worden geladen. Het staat ook op de{" "}
            <PageLink href={routes.nearbyProvince(found.entry.province)}>pagina van de provincie</PageLink>.
          </p>
        ) : choice.kind === "ambiguous" ? (
          <p>Meer dan één gemeente heet ‘{choice.query}’. Welke bedoelt u?</p>
        ) : choice.kind === "not-found" ? (
          <p>
            Geen gemeente gevonden voor ‘{choice.query.slice(0, MAX_QUERY_LENGTH)}’.
            {choice.close.length ? " Bedoelt u een van deze?" : " Controleer de spelling, of kies hieronder uw provincie."}
          </p>
        ) : null}
      </div>
      {choice.kind === "ambiguous" || choice.kind === "not-found" ? (
        <MatchLinks matches={choice.kind === "ambiguous" ? choice.matches : choice.close} onPick={pick} />
      ) : null}
      {found && answer && loading?.status === "ready" && !empty ? (
        <FinderAnswer name={found.entry.name} point={answer.point} answers={answer.answers} file={loading.file} />
      ) : null}
    </div>
  );
}

/** The municipalities a reader may have meant, as links that choose them (and work as plain links too). */
function MatchLinks({ matches, onPick }: { matches: Match[]; onPick: (match: Match) => void }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {matches.map((match) => (
        <li key={match.entry.slug}>
          <a
            href={searchFor(urlValue(match))}
            onClick={(event) => {
              event.preventDefault();
              onPick(match);
            }}
            className="inline-flex min-h-11 items-center rounded border border-control px-3 text-link"
          >
            {optionLabel(match)}
          </a>
        </li>
      ))}
    </ul>
  );
}

type AnswerProps = { name: string; point: MapPosition; answers: Answer<FinderProfile>[]; file: ProvinceAnswers };

/** A Gouden Gemeente of the answer, with its distance when it is one of the nearest. */
type Shown = { profile: FinderProfile; km?: number };

/** The Gouden Gemeenten of the answer as cards, each with its title and criteria, beside the small map. */
function FinderAnswer({ name, point, answers, file }: AnswerProps) {
  const labels = new Map(file.criteria.map((criterion) => [criterion.id, criterion.label]));
  const shown = answers.flatMap((answer): Shown[] => (answer.kind === "dichtbij" ? answer.nearest : [{ profile: answer.profile }]));
  const nearest = answers.some((answer) => answer.kind === "dichtbij");
  return (
    <section aria-labelledby="antwoord" className="mt-6 grid gap-6 md:grid-cols-[1fr_auto]">
      <div>
        <h2 id="antwoord" className="text-2xl font-bold">
          {nearest ? `Dichtbij ${name}` : shown.length > 1 ? "De profielen" : "Het profiel"}
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2">
          {shown.map(({ profile, km }) => (
            <li key={profile.slug}>
              <article className="h-full rounded-card border border-line bg-surface p-4">
                <h3 className="text-xl font-bold">
                  <PageLink href={routes.municipality(profile.slug)}>{profile.name}</PageLink>
                </h3>
                <p className="text-muted">
                  Cohort {profile.cohort} · {profile.province}
                  {km === undefined ? "" : ` · ${km} km hemelsbreed`}
                </p>
                <p className="mt-2">{profile.title}</p>
                {profile.criteria.length ? (
                  <p className="mt-2 text-sm">Criteria: {listInDutch(profile.criteria.map((id) => labels.get(id) ?? id))}</p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      </div>
      <NearbyMap
        map={file.map}
        home={{ name, point }}
        profiles={shown.map(({ profile }) => profile)}
        nearest={nearest}
        cohorts={file.cohorts}
      />
    </section>
  );
}
