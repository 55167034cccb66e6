import { ZodArray, ZodDefault, ZodEnum, ZodObject, ZodOptional, type z } from "zod";

/** What the schema says about one field, for messages, templates and the guide. */
export type FieldInfo = {
  key: string;
  label: string;
  help: string;
  example: string;
  required: boolean;
  /** The schema without optional/default wrappers. */
  schema: z.ZodType;
};

/** Strips optional() and default(), which wrap a field but say nothing about its shape. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof ZodOptional || current instanceof ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The fields of an object schema, in the order they are declared. */
export function fieldsOf(schema: z.ZodType): FieldInfo[] {
  const object = unwrap(schema);
  if (!(object instanceof ZodObject)) return [];
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([key, field]) => {
    // The metadata sits on the outermost schema of a field (after optional/default).
    const meta = field.meta() ?? unwrap(field).meta() ?? {};
    return {
      key,
      label: meta.label ?? key,
      help: meta.help ?? "",
      example: meta.example ?? "",
      required: !(field instanceof ZodOptional || field instanceof ZodDefault),
      schema: unwrap(field),
    };
  });
}

/** The object schema a list of objects holds, or the object itself. */
export function objectWithin(schema: z.ZodType): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (inner instanceof ZodObject) return inner;
  if (inner instanceof ZodArray) {
    const element = unwrap(inner.element as z.ZodType);
    return element instanceof ZodObject ? element : undefined;
  }
  return undefined;
}

/** The allowed values of a pick-list field, or of the items of a list of them. */
export function optionsOf(schema: z.ZodType): readonly string[] | undefined {
  const inner = unwrap(schema);
  const values = inner instanceof ZodArray ? unwrap(inner.element as z.ZodType) : inner;
  return values instanceof ZodEnum ? (values.options as string[]) : undefined;
}

/**
 * The field at a path of the front matter (["criteria", 0, "id"]), following
 * objects by key and lists by index, and the keys allowed in the object at
 * that path (for "Bedoelt u …?" hints about unknown keys).
 */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): { field?: FieldInfo; objectKeys: string[] } {
  let current: z.ZodType = schema;
  let field: FieldInfo | undefined;
  for (const segment of path) {
    const inner = unwrap(current);
    if (inner instanceof ZodObject && typeof segment === "string") {
      field = fieldsOf(inner).find((candidate) => candidate.key === segment);
      if (!field) return { objectKeys: [] };
      current = field.schema;
    } else if (inner instanceof ZodArray && typeof segment === "number") {
      current = inner.element as z.ZodType;
    } else {
      return { field, objectKeys: [] };
    }
  }
  return { field, objectKeys: fieldsOf(current).map((candidate) => candidate.key) };
}
