/**
 * One door for every format a plan arrives in: the file's name says what it claims to be, its
 * first bytes say what it is. Text goes to the text converter as before; a web page, a Word file
 * and a PDF go through their reader to the same converter. Old binary Word and WPS files are
 * refused with what to do.
 */
import { ConvertError } from '../converter/errors.ts';
import { readDocx } from './docx.ts';
import type { Extraction } from './extraction.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';

/** Extensions of the plans the converter reads, lowercase, with the dot. */
export const PLAN_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;
/** Formats editors have that must be saved again first. */
export const REFUSED_EXTENSIONS = ['.doc', '.wps', '.wpt', '.dot', '.rtf', '.odt', '.xls', '.xlsx', '.et'] as const;

export type PlanFormat = 'text' | 'html' | 'docx' | 'pdf';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function extensionOf(name: string): string {
  const m = /\.[a-z0-9]+$/i.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** A file's name without its extension. */
export function stemOf(name: string): string {
  return name.slice(0, name.length - extensionOf(name).length);
}

/** The format to read a file as, from its extension, checked against its first bytes. */
export function formatOf(name: string, bytes: Uint8Array): PlanFormat {
  const ext = extensionOf(name);
  if ((REFUSED_EXTENSIONS as readonly string[]).includes(ext) || startsWith(bytes, OLE)) {
    throw new ConvertError('unsupported-format', `${ext || 'this'} files are not read — open it in Word or WPS and save it as .docx (or as .txt), then put that file in plans/`);
  }
  if (ext === '.docx') {
    if (!startsWith(bytes, ZIP)) throw new ConvertError('broken-file', 'is named .docx but is not a Word file (a .docx is a zip archive) — save it again from Word as .docx');
    return 'docx';
  }
  if (ext === '.pdf') {
    if (!startsWith(bytes.subarray(bytes.indexOf(0x25) >= 0 && bytes.indexOf(0x25) < 1024 ? bytes.indexOf(0x25) : 0), PDF)) {
      throw new ConvertError('broken-file', 'is named .pdf but does not start as a PDF — download it again');
    }
    return 'pdf';
  }
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** Read a web page, a Word file or a PDF into lines and tables. Text files are not read here. */
export async function extract(format: Exclude<PlanFormat, 'text'>, bytes: Uint8Array): Promise<Extraction> {
  if (format === 'html') return readHtml(bytes);
  if (format === 'docx') return readDocx(bytes);
  return readPdf(bytes);
}
