/**
 * Typed reads from untrusted JSON (docs/architecture.md, "Input is untrusted"): every field of a
 * Facebook file is checked before use, so a mutated or truncated export yields issues, never a
 * TypeError.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(object: JsonObject, key: string): number | undefined {
  const value = object[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function arrayField(object: JsonObject, key: string): unknown[] | undefined {
  const value = object[key];
  return Array.isArray(value) ? value : undefined;
}

/** True when the field holds something: a non-empty array, an object, or `true`. */
export function hasContent(object: JsonObject, key: string): boolean {
  const value = object[key];
  if (Array.isArray(value)) return value.length > 0;
  return isJsonObject(value) || value === true;
}
