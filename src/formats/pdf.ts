/**
 * A PDF with a text layer → the converter's lines, through Mozilla's pdf.js. The text runs of each
 * page are taken with their positions and rebuilt into paragraphs (src/formats/pdf-lines.ts).
 * Only text is read: no font is loaded, nothing is drawn. A PDF that needs a password, has more
 * pages than any plan, or has no text (a scan) is refused with what to do.
 */
import { ConvertError } from '../converter/errors.ts';
import type { Extraction } from './extraction.ts';
import { cleanText } from './extraction.ts';
import { rebuildParagraphs, type PageText } from './pdf-lines.ts';

/** A plan is tens of pages; a thousand pages is a book or a forged file. */
export const MAX_PDF_PAGES = 1000;

export async function readPdf(bytes: Uint8Array): Promise<Extraction> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ConvertError('encrypted-pdf', 'is encrypted with a password — save an unprotected copy (print it to PDF, or save its text as plans/<slug>.txt)');
    throw new ConvertError('broken-file', `cannot be read as a PDF (${(error as Error).message}) — download it again, or save its text as plans/<slug>.txt`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new ConvertError('too-many-pages', `has ${doc.numPages} pages; plans are capped at ${MAX_PDF_PAGES} — is it the right file? Save the plan's pages only`);
    }
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PageText['runs'] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({ str: cleanText(item.str), x: e!, y: f!, width: item.width, size: Math.hypot(a!, b!) || item.height });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    const rebuilt = rebuildParagraphs(pages);
    if (!rebuilt.lines.some((l) => /[\u3400-\u9fff]/.test(l.text))) {
      throw new ConvertError('no-text-layer', `has no text layer on its ${doc.numPages} page${doc.numPages > 1 ? 's' : ''} (a scan?) — save the plan's text as plans/<slug>.txt, or a PDF with text`);
    }
    const metadata = await doc.getMetadata().catch(() => null);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && /[\u3400-\u9fff]/.test(info.Title) ? info.Title : null;
    return {
      format: 'pdf',
      encoding: 'pdf text layer',
      lines: rebuilt.lines,
      tables: [],
      removed: rebuilt.removed,
      steps: [`PDF, ${doc.numPages} page${doc.numPages > 1 ? 's' : ''}: text rows rebuilt into ${rebuilt.paragraphs} paragraphs`, `${rebuilt.removed.length} running headers, footers and page numbers removed`],
      title,
    };
  } finally {
    await task.destroy();
  }
}
