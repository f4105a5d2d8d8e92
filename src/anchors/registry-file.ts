/**
 * One registry file per plan, plans/anchors/<slug>.json: its published anchors one a line,
 * sorted, then the editors' decisions. Two branches that add or revise different plans touch
 * different files, so git merges them without conflict. Pure: text in, entry or diagnostic out.
 */
import { ConvertError } from '../converter/errors.ts';
import { planRegistry, type PlanRegistry } from '../schemas/registry.ts';

/** Conflict markers git leaves in a file it could not merge. */
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?:\s|$)/m;

/** A plan's registry entry as its file holds it: one anchor a line, sorted by id. */
export function formatPlanRegistry(entry: PlanRegistry): string {
  const lines = (record: Record<string, unknown>) =>
    Object.keys(record)
      .sort()
      .map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(record[id])}`)
      .join(',\n');
  const block = (name: string, record: Record<string, unknown>) => {
    const body = lines(record);
    return `  ${JSON.stringify(name)}: {${body ? `\n${body}\n  ` : ''}}`;
  };
  const blocks = [block('anchors', entry.anchors), block('decisions', entry.decisions)];
  if (Object.keys(entry.cited ?? {}).length) blocks.push(block('cited', entry.cited));
  return `{\n${blocks.join(',\n')}\n}\n`;
}

/**
 * Reads one registry file. A merge conflict, broken JSON or a bad entry is a ConvertError with
 * the line to look at and what to do; nothing is guessed.
 */
export function parsePlanRegistry(text: string): PlanRegistry {
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    throw new ConvertError(
      'registry-conflict',
      'merge conflict markers (<<<<<<< ======= >>>>>>>) — keep the anchors of both sides, one a line, delete the markers, then run npm run anchors:accept',
      lineAt(text, conflict.index),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position !== undefined ? lineAt(text, Number(position)) : /line (\d+)/.exec((error as Error).message)?.[1];
    throw new ConvertError(
      'registry-json',
      `not valid JSON (${(error as Error).message.split('\n')[0]}) — a truncated file or an unfinished merge (merge conflict?); restore it from version control (git checkout -- <file>) and run npm run anchors:accept`,
      typeof line === 'string' ? Number(line) : (line ?? null),
    );
  }
  const parsed = planRegistry.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.map(String);
    throw new ConvertError(
      'registry-entry',
      `${key.join('.')}: ${issue.message} — fix the entry, or restore the file from version control and run npm run anchors:accept`,
      lineOfKey(text, key),
    );
  }
  return parsed.data;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where the deepest key of a path is written, for a message that points at it. */
function lineOfKey(text: string, path: readonly string[]): number | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const at = text.indexOf(JSON.stringify(path[i]));
    if (at >= 0) return lineAt(text, at);
  }
  return null;
}
