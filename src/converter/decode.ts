/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else GB18030 (a superset
 * of GBK and GB2312) when the bytes are not valid UTF-8. Anything else is an error that names
 * the first byte that could not be read.
 */
import { ConvertError } from './errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new ConvertError('empty-file', 'the file is empty — save the scraped text of the plan into it');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new ConvertError(
      'binary-file',
      `byte ${nul + start} is NUL: this looks like a binary file, not text — save the plan as plain text (UTF-8)`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese government sites still publish GBK/GB18030.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
  } catch {
    throw new ConvertError(
      'undecodable',
      `byte ${firstBadUtf8Byte(body) + start} cannot be read as UTF-8 or GB18030 — re-save the file as UTF-8`,
    );
  }
}

function strict(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new ConvertError('undecodable', `the file starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()} — re-save it as UTF-8`);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
