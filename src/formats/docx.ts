/**
 * A Word file (.docx, Office Open XML) → the converter's lines and tables, read from the XML
 * itself so that Word's automatic numbering is drawn as printed (src/formats/numbering.ts).
 * Paragraphs are lines (numbered by paragraph, which messages call the line); a heading style or
 * a paragraph wholly in bold is a heading; tables are tables (a one-column table lays out text and
 * is read as paragraphs); hidden text and deleted revisions are not read.
 *
 * The file is hostile until read: the archive is opened with fflate with every part's declared
 * size checked against a cap before it is inflated (a zip bomb stops there, and a part whose
 * sizes disagree is refused), and the XML is read by saxes, which expands no entity: a
 * document type declaration, which Word never writes, is refused (billion laughs). Pure.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ConvertError } from '../converter/errors.ts';
import type { RemovedLine } from '../schemas/plan.ts';
import { cleanText, type Extraction, type SourceLine, type SourceTable, tableLine } from './extraction.ts';
import { Counters, type AbstractNumbering, type NumberingDefinitions } from './numbering.ts';

/** A part of a plan's Word file is some megabytes at most; far more is a zip bomb. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'docProps/core.xml']);

export function readDocx(bytes: Uint8Array): Extraction {
  const parts = unzipParts(bytes);
  const document = parts.get('word/document.xml');
  if (!document) throw new ConvertError('broken-file', 'is a zip archive without word/document.xml — not a Word document; save it again from Word as .docx');
  const styles = parts.has('word/styles.xml') ? readStyles(parts.get('word/styles.xml')!) : new Map<string, Style>();
  const numbering = parts.has('word/numbering.xml') ? readNumbering(parts.get('word/numbering.xml')!) : { abstracts: new Map(), instances: new Map() };
  const body = readBody(document, styles, new Counters(numbering));
  const steps = ['Word document (.docx)'];
  if (body.numbered) steps.push(`${body.numbered} paragraphs numbered by Word: numbers drawn as printed`);
  if (body.tables.length) steps.push(`${body.tables.length} table${body.tables.length > 1 ? 's' : ''} read as tables`);
  const title = parts.has('docProps/core.xml') ? coreTitle(parts.get('docProps/core.xml')!) : null;
  return { format: 'docx', encoding: 'utf-8', lines: body.lines, tables: body.tables, removed: body.removed, steps, title };
}

function unzipParts(bytes: Uint8Array): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!PARTS.has(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          throw new ConvertError('unsafe-file', `${file.name} expands to ${(file.originalSize / 1024 / 1024).toFixed(0)} MB (cap ${MAX_PART_BYTES / 1024 / 1024} MB): a zip bomb or not a plan — refused`);
        }
        // Deflate never makes data much larger: a part smaller than its compressed bytes lies about its size.
        if (file.size > file.originalSize * 1.01 + 1024) {
          throw new ConvertError('broken-file', `${file.name} claims ${file.originalSize} bytes but holds ${file.size} compressed — the archive is damaged or forged; save it again from Word`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ConvertError) throw error;
    throw new ConvertError('broken-file', `cannot be opened as a Word file (${(error as Error).message}) — save it again from Word as .docx`);
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    try {
      parts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch {
      throw new ConvertError('broken-file', `${name} is not UTF-8 XML — the file is damaged; save it again from Word`);
    }
  }
  return parts;
}

type Attributes = Record<string, string>;

/** Run saxes over one part: no entity is expanded, a DTD is refused, errors name the part. */
function parseXml(xml: string, part: string, open: (name: string, attrs: Attributes) => void, close: (name: string) => void, text: (t: string) => void): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new ConvertError('unsafe-file', `${part} declares a document type (entities that could expand without end); Word never writes one — refused`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => open(tag.name, tag.attributes as Attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => close(tag.name));
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ConvertError) throw error;
    throw new ConvertError('broken-file', `${part} is not well-formed XML (${(error as Error).message.split('\n')[0]}) — the file is damaged; save it again from Word`);
  }
}

const on = (value: string | undefined) => value === undefined || !/^(?:0|false|off|none)$/i.test(value);

interface Style {
  name: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  outline: boolean;
  bold: boolean | null;
}

function readStyles(xml: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  let current: Style | null = null;
  let inRunProps = false;
  parseXml(
    xml,
    'word/styles.xml',
    (name, a) => {
      if (name === 'w:style' && a['w:type'] === 'paragraph') {
        current = { name: '', basedOn: null, numId: null, ilvl: null, outline: false, bold: null };
        styles.set(a['w:styleId'] ?? '', current);
      } else if (current) {
        if (name === 'w:name') current.name = a['w:val'] ?? '';
        else if (name === 'w:basedOn') current.basedOn = a['w:val'] ?? null;
        else if (name === 'w:numId') current.numId = a['w:val'] ?? null;
        else if (name === 'w:ilvl') current.ilvl = Number(a['w:val'] ?? 0);
        else if (name === 'w:outlineLvl') current.outline = Number(a['w:val'] ?? 9) < 9;
        else if (name === 'w:rPr') inRunProps = true;
        else if (name === 'w:b' && inRunProps) current.bold = on(a['w:val']);
      }
    },
    (name) => {
      if (name === 'w:style') current = null;
      if (name === 'w:rPr') inRunProps = false;
    },
    () => {},
  );
  return styles;
}

/** A style with what it inherits (basedOn), up to a few steps; loops are cut. */
function resolveStyle(styles: Map<string, Style>, id: string | null): Style | null {
  let style = id ? styles.get(id) : undefined;
  if (!style) return null;
  const merged: Style = { ...style };
  for (let depth = 0; style?.basedOn && depth < 10; depth++) {
    style = styles.get(style.basedOn);
    if (!style) break;
    merged.numId ??= style.numId;
    merged.ilvl ??= style.ilvl;
    merged.outline ||= style.outline;
    merged.bold ??= style.bold;
  }
  return merged;
}

function readNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNumbering>();
  const instances: NumberingDefinitions['instances'] = new Map();
  let abstract: AbstractNumbering | null = null;
  let level: { ilvl: number; start: number; format: string; text: string; legal: boolean; suffix?: 'tab' | 'space' | 'nothing' } | null = null;
  let instance: { abstractId: string; startOverrides: Map<number, number> } | null = null;
  let overrideLevel = 0;
  parseXml(
    xml,
    'word/numbering.xml',
    (name, a) => {
      if (name === 'w:abstractNum') {
        abstract = { levels: new Map() };
        abstracts.set(a['w:abstractNumId'] ?? '', abstract);
      } else if (name === 'w:lvl' && abstract && !instance) level = { ilvl: Number(a['w:ilvl'] ?? 0), start: 1, format: 'decimal', text: '', legal: false };
      else if (level && name === 'w:start') level.start = Number(a['w:val'] ?? 1);
      else if (level && name === 'w:numFmt') level.format = a['w:val'] ?? 'decimal';
      else if (level && name === 'w:lvlText') level.text = a['w:val'] ?? '';
      else if (level && name === 'w:isLgl') level.legal = on(a['w:val']);
      else if (level && name === 'w:suff') level.suffix = a['w:val'] === 'space' ? 'space' : a['w:val'] === 'nothing' ? 'nothing' : 'tab';
      else if (name === 'w:num') {
        instance = { abstractId: '', startOverrides: new Map() };
        instances.set(a['w:numId'] ?? '', instance);
      } else if (instance && name === 'w:abstractNumId') instance.abstractId = a['w:val'] ?? '';
      else if (instance && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl'] ?? 0);
      else if (instance && name === 'w:startOverride') instance.startOverrides.set(overrideLevel, Number(a['w:val'] ?? 1));
    },
    (name) => {
      if (name === 'w:lvl' && level && abstract) {
        abstract.levels.set(level.ilvl, level);
        level = null;
      } else if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:num') instance = null;
    },
    () => {},
  );
  return { abstracts, instances };
}

function coreTitle(xml: string): string | null {
  let inTitle = false;
  let title = '';
  parseXml(
    xml,
    'docProps/core.xml',
    (name) => {
      inTitle = name === 'dc:title';
    },
    () => {
      inTitle = false;
    },
    (t) => {
      if (inTitle) title += t;
    },
  );
  return /[\u3400-\u9fff]/.test(title) ? title.trim() : null;
}

interface Paragraph {
  no: number;
  text: string;
  styleId: string | null;
  numId: string | null;
  ilvl: number | null;
  outline: boolean;
  chars: number;
  boldChars: number;
  hidden: string;
}

interface Cell {
  paragraphs: string[];
  span: number;
  /** w:vMerge: 'restart' opens a merged column, 'continue' goes on with the cell above. */
  merge: 'restart' | 'continue' | null;
}

interface TableDraft {
  no: number;
  rows: Cell[][];
}

function readBody(xml: string, styles: Map<string, Style>, counters: Counters): { lines: SourceLine[]; tables: SourceTable[]; removed: RemovedLine[]; numbered: number } {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  const removed: RemovedLine[] = [];
  let numbered = 0;
  let count = 0;
  const paragraphs: Paragraph[] = [];
  const tablesOpen: TableDraft[] = [];
  const stack: string[] = [];
  let runBold = false;
  let runHidden = false;
  let styleBold = false;

  const finishParagraph = (p: Paragraph) => {
    const style = resolveStyle(styles, p.styleId);
    const numId = p.numId ?? style?.numId ?? null;
    const ilvl = p.ilvl ?? style?.ilvl ?? 0;
    const marker = numId && numId !== '0' ? counters.next(numId, ilvl) : null;
    if (marker) numbered++;
    const text = cleanText(`${marker ?? ''}${p.text}`.replace(/\t/g, ' '));
    if (p.hidden.trim()) removed.push({ line: p.no, text: p.hidden.trim(), rule: 'hidden', reason: 'hidden text of the Word file (w:vanish): not printed' });
    const heading = p.outline || !!style?.outline || /^(?:heading|标题)\s*\d/i.test(style?.name ?? '') || (p.chars > 0 && p.boldChars === p.chars);
    const table = tablesOpen.at(-1);
    if (table) {
      const cell = table.rows.at(-1)?.at(-1);
      cell?.paragraphs.push(text.trim());
    } else lines.push(heading ? { no: p.no, text, heading: true } : { no: p.no, text });
  };

  const finishTable = (table: TableDraft) => {
    const rows = table.rows.filter((r) => r.length > 0);
    const outer = tablesOpen.at(-1);
    const columns = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
    if (outer) {
      // A table inside a cell: its text joins the cell, row by row.
      outer.rows.at(-1)?.at(-1)?.paragraphs.push(...rows.map((r) => r.map((c) => c.paragraphs.join(' ')).join(' ')));
      return;
    }
    if (columns < 2 || rows.length < 1) {
      // A one-column table frames text: its paragraphs are paragraphs.
      for (const row of rows) for (const cell of row) for (const p of cell.paragraphs) lines.push({ no: table.no, text: p });
      return;
    }
    const cells = rows.map((r) => r.filter((c) => c.merge !== 'continue').map((c) => c.paragraphs.filter((p) => p !== '').join(' ')));
    lines.push({ no: table.no, text: tableLine(tables.length) });
    tables.push({ no: table.no, rows: cells.filter((r) => r.length > 0) });
  };

  parseXml(
    xml,
    'word/document.xml',
    (name, a) => {
      stack.push(name);
      const p = paragraphs.at(-1);
      switch (name) {
        case 'w:p':
          paragraphs.push({ no: ++count, text: '', styleId: null, numId: null, ilvl: null, outline: false, chars: 0, boldChars: 0, hidden: '' });
          styleBold = false;
          break;
        case 'w:pStyle':
          if (p && stack.at(-2) === 'w:pPr') {
            p.styleId = a['w:val'] ?? null;
            styleBold = resolveStyle(styles, p.styleId)?.bold ?? false;
          }
          break;
        case 'w:numId':
          if (p && stack.includes('w:pPr')) p.numId = a['w:val'] ?? null;
          break;
        case 'w:ilvl':
          if (p && stack.includes('w:pPr')) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:outlineLvl':
          if (p && stack.at(-2) === 'w:pPr') p.outline = Number(a['w:val'] ?? 9) < 9;
          break;
        case 'w:r':
          runBold = styleBold;
          runHidden = false;
          break;
        case 'w:b':
          if (stack.at(-2) === 'w:rPr' && stack.at(-3) === 'w:r') runBold = on(a['w:val']);
          break;
        case 'w:vanish':
          if (stack.at(-2) === 'w:rPr' && stack.at(-3) === 'w:r') runHidden = on(a['w:val']);
          break;
        case 'w:tab':
          if (p && stack.at(-2) === 'w:r') p.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          // A line break inside a paragraph ends a line, as it does on the page.
          if (p && stack.at(-2) === 'w:r') p.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p) p.text += '-';
          break;
        case 'w:tbl':
          tablesOpen.push({ no: count + 1, rows: [] });
          break;
        case 'w:tr':
          tablesOpen.at(-1)?.rows.push([]);
          break;
        case 'w:tc':
          tablesOpen.at(-1)?.rows.at(-1)?.push({ paragraphs: [], span: 1, merge: null });
          break;
        case 'w:gridSpan': {
          const cell = tablesOpen.at(-1)?.rows.at(-1)?.at(-1);
          if (cell) cell.span = Math.max(1, Number(a['w:val'] ?? 1));
          break;
        }
        case 'w:vMerge': {
          const cell = tablesOpen.at(-1)?.rows.at(-1)?.at(-1);
          if (cell) cell.merge = a['w:val'] === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    (name) => {
      stack.pop();
      if (name === 'w:p') {
        const p = paragraphs.pop();
        if (p) {
          // A paragraph with line breaks is several lines, each numbered by its paragraph.
          const pieces = p.text.split('\n');
          if (pieces.length === 1) finishParagraph(p);
          else for (const [i, piece] of pieces.entries()) finishParagraph({ ...p, text: piece, numId: i === 0 ? p.numId : '0' });
        }
      } else if (name === 'w:tbl') {
        const table = tablesOpen.pop();
        if (table) finishTable(table);
      }
    },
    (t) => {
      const p = paragraphs.at(-1);
      if (!p || stack.at(-1) !== 'w:t') return;
      if (runHidden) {
        p.hidden += t;
        return;
      }
      p.text += t;
      const visible = t.replace(/\s/g, '').length;
      p.chars += visible;
      if (runBold) p.boldChars += visible;
    },
  );
  return { lines, tables, removed, numbered };
}
