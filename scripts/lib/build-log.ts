/**
 * What the build prints, for a person: the output of each stage passes through here. A warning
 * is shown the first few times, then counted by kind (its text with numbers, paths and quoted
 * names taken out) and summed up in one line when the stage ends; lines that only report
 * progress (a page written, a plan converted) are counted and shown as a progress line now and
 * then. Everything else passes. Pure: lines in, lines out.
 */

/** A line that warns: Vite's and Astro's warnings, and the converter's per-plan warnings. */
const WARNING = /\bwarn(?:ing)?\b|⚠|\[WARN\]|^\s+plans\/[^:]+:\d*:? .*\[[a-z-]+\]$/i;
/** A line that only says one more thing was done. */
const PROGRESS = /^\s*(?:[├└│]─|✓ plans\/|\d{2}:\d{2}:\d{2}\s+[├└]─)/;
const SHOWN_PER_KIND = 3;

export interface Summary {
  kind: string;
  count: number;
  example: string;
}

export class BuildLog {
  private readonly kinds = new Map<string, Summary>();
  private progress = 0;
  private readonly every: number;

  /** @param every show one progress line after this many progress lines. */
  constructor(every = 500) {
    this.every = every;
  }

  /** The lines to print for one line of a stage's output (often none). */
  feed(line: string): string[] {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are stripped before lines are compared
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    if (WARNING.test(plain)) {
      const kind = kindOf(plain);
      const seen = this.kinds.get(kind) ?? { kind, count: 0, example: plain.trim() };
      seen.count++;
      this.kinds.set(kind, seen);
      return seen.count <= SHOWN_PER_KIND ? [line] : [];
    }
    if (PROGRESS.test(plain)) {
      this.progress++;
      if (this.progress <= 20) return [line];
      return this.progress % this.every === 0 ? [`  … ${this.progress} done`] : [];
    }
    return [line];
  }

  /** What to print when the stage ends: progress done, and each kind of warning shown more than a few times. */
  finish(): string[] {
    const out: string[] = [];
    if (this.progress > 20) out.push(`  … ${this.progress} in all`);
    for (const s of [...this.kinds.values()].sort((a, b) => b.count - a.count)) {
      if (s.count > SHOWN_PER_KIND) out.push(`  ⚠ ${s.count} warnings like this (${s.count - SHOWN_PER_KIND} not shown): ${s.example.slice(0, 200)}`);
    }
    return out;
  }

  summaries(): Summary[] {
    return [...this.kinds.values()];
  }
}

/** A warning's kind: its words, without what differs from one copy to the next. */
export function kindOf(line: string): string {
  return line
    .replace(/\d{2}:\d{2}:\d{2}/g, '')
    .replace(/(["'`「《]).*?(["'`」》])/g, '$1…$2')
    .replace(/(?:[\w.-]*\/)+[\w.-]+/g, '<path>')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}
