/**
 * The converter's error catalogue. Every error has a stable rule id and a message that says
 * what happened and what to do; the place (`file`, `line`) is kept apart so the CLI can print
 * `plans/x.txt:12: message`.
 */
import type { RuleId } from '../schemas/rules.ts';

export class ConvertError extends Error {
  readonly rule: RuleId;
  readonly line: number | null;
  constructor(rule: RuleId, message: string, line: number | null = null) {
    super(message);
    this.name = 'ConvertError';
    this.rule = rule;
    this.line = line;
  }
}

/** `plans/x.txt:12: message [rule]` — the one format for every diagnostic. */
export function formatDiagnostic(file: string, line: number | null, message: string, rule: string): string {
  return `${file}${line ? `:${line}` : ''}: ${message} [${rule}]`;
}
