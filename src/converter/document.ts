/**
 * Any plan file → the plan model: text straight to the converter; a web page, a Word file or a
 * PDF through its reader (src/formats) first. Touches no files.
 */
import { extract, formatOf } from '../formats/index.ts';
import type { Plan } from '../schemas/plan.ts';
import { convertBytes, convertExtraction, type ConvertOptions } from './convert.ts';

/** `options.file` names the file; its extension and first bytes choose the reader. */
export async function convertDocument(bytes: Uint8Array, options: ConvertOptions): Promise<Plan> {
  const format = formatOf(options.file, bytes);
  if (format === 'text') return convertBytes(bytes, options);
  return convertExtraction(await extract(format, bytes), options);
}
