/**
 * HTML character references left in scraped text (&nbsp; &ldquo;教育强区&rdquo; &mdash; &#8220;):
 * escapes of the page's markup, not text. They are read as the characters they stand for, by the
 * HTML standard's table (the `entities` library), terminated by a semicolon only, so R&D and
 * &copy without one stay as printed; a reference to a line break or a control character stays
 * too (and one the standard reads as U+FFFD), so the text keeps its lines. Pure.
 */
import { decodeHTMLStrict } from 'entities';

export interface ReadReferences {
  text: string;
  /** How many references were read. */
  count: number;
}

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a reference to a control character is refused here
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufffd]/;

export function readReferences(text: string): ReadReferences {
  let count = 0;
  const read = text.replace(REFERENCE, (reference) => {
    const character = decodeHTMLStrict(reference);
    if (character === reference || character === '' || UNSAFE.test(character)) return reference;
    count++;
    return character;
  });
  return { text: read, count };
}
