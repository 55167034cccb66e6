type Props = { eyebrow: string; title: string; subtitle: string };

/**
 * The layout of a 1200×630 social preview, rendered to PNG at build time by
 * next/og (inline styles only: it is not HTML in a browser).
 */
export function SocialImage({ eyebrow, title, subtitle }: Props) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#fbf8f1",
        color: "#1b1a17",
        padding: "64px 72px",
        borderLeft: "28px solid #c8960c",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, color: "#5e4200" }}>
        <div style={{ width: 48, height: 48, borderRadius: 24, background: "#c8960c", display: "flex" }} />
        Gouden Gemeenten
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
        <div style={{ fontSize: 32, color: "#57503f" }}>{eyebrow}</div>
        <div style={{ fontSize: title.length > 22 ? 72 : 92, fontWeight: 700, lineHeight: 1.05 }}>{title}</div>
        <div style={{ fontSize: 40, color: "#1d4e89", lineHeight: 1.2 }}>{subtitle}</div>
      </div>
    </div>
  );
}
