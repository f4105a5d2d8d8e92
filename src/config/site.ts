/**
 * The one place the environment is read: where converted content lives, where the site is
 * written, its origin and base path. Everything else imports these, so a variable is parsed
 * once and the same way.
 */
import { join } from 'node:path';
import { normalizeBase } from './base.ts';

export { normalizeBase, under } from './base.ts';


export interface SiteConfig {
  /** Converted content: plans/ (MDX), models/ (JSON), pdfs.json. */
  contentDir: string;
  /** Where the site is written. */
  outDir: string;
  /** Origin of the published site, for canonical links, the sitemap and the PDFs' colophon. */
  siteUrl: string;
  /** Path the site is served under, with slashes at both ends. */
  base: string;
}

export function siteConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): SiteConfig {
  return {
    contentDir: env.YAODIAN_CONTENT || join(root, 'src/content'),
    outDir: env.YAODIAN_OUT || join(root, 'dist'),
    siteUrl: env.SITE_URL || 'http://localhost:4321',
    base: normalizeBase(env.SITE_BASE),
  };
}
