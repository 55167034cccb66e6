import type { ComponentType, ReactNode } from "react";
import { isData } from "@/lib/cms/draft";
import type { DecapFileFormat } from "@/lib/cms/file-format";

/**
 * The part of Decap CMS's global API (window.CMS, from /admin/decap/decap-cms.js)
 * that the editor's own script uses. Decap hands entries over as Immutable.js
 * maps; toJS() turns them into plain data.
 */
export type ImmutableValue = { toJS(): unknown; get(key: string): unknown; deleteIn(path: (string | number)[]): ImmutableValue };

function isImmutable(value: unknown): value is ImmutableValue {
  return typeof value === "object" && value !== null && "toJS" in value && "deleteIn" in value;
}

export type PreviewProps = {
  entry: ImmutableValue;
  widgetFor: (fieldName: string) => ReactNode;
  fieldsMetaData?: ImmutableValue;
};

export type DecapCms = {
  registerPreviewTemplate(collection: string, component: ComponentType<PreviewProps>): void;
  registerPreviewStyle(url: string): void;
  registerCustomFormat(name: string, extension: string, format: DecapFileFormat): void;
  registerEventListener(listener: { name: "preSave"; handler: (event: { entry: ImmutableValue }) => unknown }): void;
};

declare global {
  interface Window {
    CMS?: DecapCms;
  }
}

/** The fields of an entry as Decap keeps them (the body under "body"), to hand back changed. */
export function entryFields(entry: ImmutableValue): ImmutableValue | undefined {
  const data = entry.get("data");
  return isImmutable(data) ? data : undefined;
}

/** The fields of an entry as plain data (Decap keeps the body under "body"). */
export function entryData(entry: ImmutableValue): Record<string, unknown> {
  const plain = entry.toJS();
  return isData(plain) && isData(plain.data) ? plain.data : {};
}
