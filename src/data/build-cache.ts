/**
 * Values a build computes once and every page reads (the corpus-wide cross-links, the topic
 * taxonomy, the PDF manifest). They live here, named and typed, instead of in scattered
 * module variables; a value is computed on first use and never changes during a build.
 */
const values = new Map<string, unknown>();

export function once<T>(name: string, compute: () => T): T {
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}
