import { describe, expect, test } from 'vitest';
import { readReferences } from '../src/converter/references.ts';

describe('HTML character references left in scraped text', () => {
  test('named and numeric references are read as their characters, and counted', () => {
    expect(readReferences('奋力推进&ldquo;教育强区&rdquo;建设&nbsp;&mdash;&#8220;双减&#x201D;')).toEqual({ text: '奋力推进“教育强区”建设\u00a0—“双减”', count: 6 });
  });
  test('without a semicolon, or unknown, it is text as printed', () => {
    expect(readReferences('R&D 投入 &copy 2024 &notanentity; AT&T')).toEqual({ text: 'R&D 投入 &copy 2024 &notanentity; AT&T', count: 0 });
  });
  test('a reference to a line break or a control character stays, so lines keep their numbers', () => {
    expect(readReferences('一行&#10;两行&#x0D;&#0;&#x2028;').text).toBe('一行&#10;两行&#x0D;&#0;&#x2028;');
  });
  test('an escaped tag becomes its characters, which the site prints as text', () => {
    expect(readReferences('&lt;script&gt;').text).toBe('<script>');
  });
});
