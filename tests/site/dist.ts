/**
 * Read a built site: every HTML page with its ids and its links, and a checker that resolves
 * every internal link and #anchor the way a browser on a static host would.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';

export interface Page {
  /** URL path of the page under the base, e.g. plans/x/ or 404.html. */
  path: string;
  html: string;
  ids: Map<string, number>;
  links: string[];
  root: ReturnType<typeof parseDocument>;
}

export function readSite(dir: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const root = parseDocument(html);
    const ids = new Map<string, number>();
    const links: string[] = [];
    for (const el of findAll(() => true, root.children) as Element[]) {
      const id = getAttributeValue(el, 'id');
      if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
      const href = (el.name === 'a' || el.name === 'link') && getAttributeValue(el, 'href');
      if (href) links.push(href);
    }
    const path = relative(dir, file).replace(/index\.html$/, '').replaceAll('\\', '/');
    pages.set(path, { path, html, ids, links, root });
  }
  return pages;
}

/** Every internal link that does not land: a missing file or a missing #anchor. */
export function brokenLinks(dir: string, pages: Map<string, Page>, base: string, origin: string): string[] {
  const broken: string[] = [];
  for (const page of pages.values()) {
    const pageUrl = new URL(`${base}${page.path}`, origin);
    for (const href of page.links) {
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${page.path}: ${href} is outside the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(target.pathname.slice(base.length));
      let file = join(dir, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page.path}: ${href} → no file ${relative(dir, file)}`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (!anchor) continue;
      const targetPage = pages.get(path.replace(/index\.html$/, ''));
      if (!targetPage?.ids.has(anchor)) broken.push(`${page.path}: ${href} → no id "${anchor}" on ${path}`);
    }
  }
  return broken;
}

export const text = (page: Page, selector: (el: Element) => boolean): string[] =>
  (findAll(selector, page.root.children) as Element[]).map((el) => textContent(el).trim());
