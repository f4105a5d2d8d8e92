/**
 * The PDFs printed for this build (scripts/pdf.ts writes <content>/pdfs.json before Astro runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config/site.ts';
import { once } from './build-cache.ts';

const CONTENT = siteConfig().contentDir;

export function pdfOf(slug: string): { bytes: number } | null {
  const manifest = once('pdf-manifest', (): Record<string, { bytes: number }> => {
    const file = join(CONTENT, 'pdfs.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  });
  return manifest[slug] ?? null;
}

/** 278 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
