/**
 * The encoding of a saved web page, as a browser finds it: a byte-order mark, else the charset
 * its <meta> declares in the first kilobytes, else UTF-8 when the bytes are valid UTF-8, else
 * GB18030. GBK and GB2312 are read as GB18030, their superset. A declaration the bytes
 * contradict (a page re-saved as UTF-8 that still says gb2312) gives way to the bytes. Pure.
 */
import { decode } from '../converter/decode.ts';

const DECLARED = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const GB = new Set(['gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'csgb2312', 'euc-cn']);

export interface DecodedPage {
  text: string;
  encoding: string;
  /** How the encoding was found, for the model's steps. */
  how: string;
}

export function decodePage(bytes: Uint8Array): DecodedPage {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
  const label = declared && GB.has(declared) ? 'gb18030' : declared;
  if (label && !/^utf-?8$/.test(label) && bytes[0] !== 0xef && bytes[0] !== 0xfe && bytes[0] !== 0xff) {
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(bytes);
      return { text, encoding: label, how: `encoding ${label} (declared ${declared})` };
    } catch {
      // An unknown label or bytes the declaration does not fit: read the bytes as a text file.
    }
  }
  const decoded = decode(bytes);
  const how = declared && decoded.encoding !== label ? `encoding ${decoded.encoding} (read from the bytes; the page declares ${declared})` : `encoding ${decoded.encoding}`;
  return { text: decoded.text, encoding: decoded.encoding, how };
}
