/**
 * Parse and validate a sidecar's YAML text. Errors name the line of the offending key.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';
import { sidecar, type Sidecar } from '../schemas/sidecar.ts';
import { ConvertError } from './errors.ts';

export function parseSidecar(text: string): Sidecar {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConvertError('sidecar-yaml', `not valid YAML: ${yamlError.message.split('\n')[0]} — fix the sidecar's syntax`, line);
  }
  // A YAML date such as 2022-06-10 must stay a string for the schema.
  let data: unknown;
  try {
    // maxAliasCount bounds what aliases may expand to (a "billion laughs" alias bomb).
    data = doc.toJS({ mapAsMap: false, maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConvertError('sidecar-yaml', `the YAML cannot be read as values (${(error as Error).message.split('\n')[0]}) — write each value out instead of using aliases (&name, *name)`, 1);
  }
  const parsed = sidecar.safeParse(normalizeDates(data));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const line = lineOfPath(doc.contents, issue.path as Array<string | number>, lineCounter);
  const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the sidecar';
  throw new ConvertError('sidecar-invalid', `${where}: ${issue.message} — see the sidecar format in README.md`, line);
}

function normalizeDates(data: unknown): unknown {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    if (out.date instanceof Date) out.date = out.date.toISOString().slice(0, 10);
    return out;
  }
  return data;
}

function lineOfPath(node: unknown, path: Array<string | number>, counter: LineCounter): number | null {
  let current = node as YamlNode | null;
  let line: number | null = current?.range ? counter.linePos(current.range[0]).line : 1;
  for (const key of path) {
    if (!isMap(current)) break;
    const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    if (!pair) break;
    const keyNode = pair.key as YamlNode;
    if (keyNode.range) line = counter.linePos(keyNode.range[0]).line;
    current = pair.value as YamlNode | null;
  }
  return line;
}
