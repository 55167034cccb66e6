type Props = {
  text: string;
  speaker: string;
  role?: string;
  organisation?: string;
  sourceTitle: string;
};

/** A marked, attributed quotation: who said it, in what role, and where it was published. */
export function Quotation({ text, speaker, role, organisation, sourceTitle }: Props) {
  const description = [role, organisation].filter(Boolean).join(", ");
  return (
    <figure className="border-l-4 border-gold py-1 pl-4">
      <blockquote className="text-lg leading-relaxed">
        <p>
          <span aria-hidden="true">‘</span>
          {text}
          <span aria-hidden="true">’</span>
        </p>
      </blockquote>
      <figcaption className="mt-2 text-sm text-muted">
        <span className="font-semibold text-ink">{speaker}</span>
        {description ? `, ${description}` : null}
        <span className="block">
          Bron: <cite>{sourceTitle}</cite>
        </span>
      </figcaption>
    </figure>
  );
}
