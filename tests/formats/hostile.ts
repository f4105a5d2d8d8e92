/**
 * Hostile files, made here rather than stored: a Word file that is a zip bomb, one whose
 * central directory lies about a part's size, one whose XML would expand entities a billion
 * times, a .docx that is no zip; an encrypted PDF, a PDF of 5,000 pages, a scan without text.
 */
import { zipSync } from 'fflate';
import { PDFDocument, rgb } from 'pdf-lib';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** word/document.xml of 100 MB of zeros: a few hundred kilobytes compressed. */
export function zipBombDocx(): Uint8Array {
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode(CONTENT_TYPES), 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 });
}

/** The same bomb, its sizes in the archive forged down to 1,000 bytes so no size check sees it. */
export function forgedSizeDocx(): Uint8Array {
  const zip = zipBombDocx();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 1000, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 1000, true);
  }
  return zip;
}

/** Billion laughs: ten entities, each ten of the one before. */
export function billionLaughsDocx(): Uint8Array {
  const entities = ['<!ENTITY lol0 "哈">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
  const document = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [${entities}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode(CONTENT_TYPES), 'word/document.xml': new TextEncoder().encode(document) });
}

/** A PDF encrypted with a user password nobody knows (standard security handler, revision 2). */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]);
  return pdf.save();
}

/** A scan: pages of pictures (here, grey boxes), no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
  return pdf.save();
}
