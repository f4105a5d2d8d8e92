/**
 * Text → numbered lines. Line endings of every kind become line breaks; invisible characters
 * (zero-width spaces, BOMs, C0 controls) are dropped and counted; each line is trimmed of
 * ASCII, full-width and non-breaking spaces. Line numbers stay those of the raw file.
 */
export interface Line {
  /** 1-based line number in the raw file. */
  no: number;
  text: string;
  /** The whole line was set apart as a heading by markup (**一、…**): all of it is the heading. */
  heading?: boolean;
  /**
   * The line above filled a fixed measure without closing its sentence (src/converter/unwrap.ts):
   * a number opening this line that does not continue the outline is that sentence going on.
   */
  afterCut?: boolean;
}

export interface Normalized {
  lines: Line[];
  /** How many invisible or control characters were dropped, for a warning. */
  droppedControls: number;
}

// Zero-width and BOM characters, and C0/C1 controls other than tab (which becomes a space).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

export function normalize(text: string): Normalized {
  return normalizeLines(text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).map((raw, i) => ({ no: i + 1, text: raw })));
}

/** Lines a file-format reader numbered itself (src/formats), cleaned as the lines of a text. */
export function normalizeLines(raw: readonly Line[]): Normalized {
  let droppedControls = 0;
  const lines = raw.map((line) => {
    const visible = line.text.replace(INVISIBLE, () => {
      droppedControls++;
      return '';
    });
    const text = visible.replace(/\t/g, ' ').replace(EDGE_SPACE, '');
    return line.heading ? { no: line.no, text, heading: true } : { no: line.no, text };
  });
  return { lines, droppedControls };
}

/** True when a line carries nothing once trimmed. */
export const isBlank = (line: Line): boolean => line.text.length === 0;
