/**
 * The PDFs printed for this build (scripts/pdf.ts writes <content>/pdfs.json before Astro runs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config/site.ts';

const CONTENT = siteConfig().contentDir;
let manifest: Record<string, { bytes: number }> | null = null;

export function pdfOf(slug: string): { bytes: number } | null {
  if (manifest === null) {
    const file = join(CONTENT, 'pdfs.json');
    manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  }
  return manifest![slug] ?? null;
}

/** 278 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
