/**
 * npm run pdf (part of npm run build): print every plan to PDF with Chromium.
 *
 *   node scripts/pdf.ts            print plans whose content or template changed, into the cache;
 *                                  write <content>/pdfs.json (file, bytes) for the plan pages
 *   node scripts/pdf.ts --install  copy the cached PDFs into <out>/plans/<slug>.pdf
 *
 * One browser; one page per worker, loaded once with the fonts and stylesheet, its content
 * swapped for each plan. A plan is printed again only when its model, the template or the
 * fonts change (content hash).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Page } from 'playwright-core';
import { printDocument } from '../src/pdf/print-html.ts';
import { plan as planSchema, type Plan } from '../src/schemas/plan.ts';
import { siteConfig } from '../src/config/site.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const config = siteConfig(process.env, ROOT);
const CONTENT = config.contentDir;
const OUT = config.outDir;
const CACHE = process.env.YAODIAN_PDF_CACHE ?? join(ROOT, 'node_modules/.cache/yaodian-pdf');
const SITE_URL = config.siteUrl.replace(/\/$/, '');
const BASE = config.base;
const MANIFEST = join(CONTENT, 'pdfs.json');
const require = createRequire(import.meta.url);

const FONT_CSS = [
  '@fontsource/noto-serif-sc/400.css',
  '@fontsource/noto-serif-sc/700.css',
  '@fontsource/noto-sans-sc/500.css',
  '@fontsource/lxgw-wenkai/index.css',
  '@fontsource/noto-serif-tc/400.css',
  '@fontsource/noto-serif-tc/700.css',
  '@fontsource/noto-sans-tc/500.css',
  '@fontsource/lxgw-wenkai-tc/index.css',
].map((p) => require.resolve(p));
const STYLESHEET = join(ROOT, 'src/pdf/print.css');

type Manifest = Record<string, { file: string; bytes: number; hash: string }>;

function templateHash(): string {
  const hash = createHash('sha256');
  for (const file of [STYLESHEET, join(ROOT, 'src/pdf/print-html.ts'), join(ROOT, 'scripts/pdf.ts'), ...FONT_CSS]) hash.update(readFileSync(file));
  hash.update(`${SITE_URL}${BASE}`);
  return hash.digest('hex');
}

function loadPlans(): Plan[] {
  const dir = join(CONTENT, 'models');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => planSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

function install(): void {
  const manifest: Manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  mkdirSync(join(OUT, 'plans'), { recursive: true });
  for (const [slug, entry] of Object.entries(manifest)) copyFileSync(join(CACHE, entry.file), join(OUT, 'plans', `${slug}.pdf`));
  console.log(`installed ${Object.keys(manifest).length} PDFs into ${join(OUT, 'plans')}`);
}

/** The page every plan is printed in: the fonts and the print stylesheet. Written once, before any page opens it. */
function writeTemplate(): string {
  const template = join(CACHE, 'template.html');
  const links = [...FONT_CSS, STYLESHEET].map((f) => `<link rel="stylesheet" href="${pathToFileURL(f).href}">`).join('');
  writeFileSync(template, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title></title>${links}</head><body></body></html>`);
  return pathToFileURL(template).href;
}

async function preparePage(page: Page, template: string): Promise<void> {
  await page.goto(template);
  // A PDF printed without its stylesheets would be Letter-sized and set in system fonts: refuse it.
  const sheets = await page.evaluate(() => document.styleSheets.length);
  if (sheets !== FONT_CSS.length + 1) throw new Error(`the print template loaded ${sheets} of ${FONT_CSS.length + 1} stylesheets — is ${CACHE} writable?`);
}

async function printPlan(page: Page, plan: Plan, path: string): Promise<void> {
  const doc = printDocument(plan, `${SITE_URL}${BASE}plans/${plan.slug}/`);
  await page.evaluate(async (d) => {
    document.title = d.title;
    document.documentElement.lang = d.lang;
    document.body.innerHTML = d.body;
    await document.fonts.ready;
  }, doc);
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false });
  // Chromium writes the title and language; author, subject and keywords are set here.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  if (doc.author) pdf.setAuthor(doc.author);
  pdf.setSubject(doc.subject);
  pdf.setKeywords(['教育工作要点', ...(doc.author ? [doc.author] : [])]);
  pdf.setLanguage(doc.lang);
  // The same plan prints to the same bytes: dates come from the plan, not the clock.
  const date = new Date(`${plan.meta.date ?? `${plan.meta.year ?? 2000}-01-01`}T00:00:00Z`);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setProducer('yaodian (Chromium, pdf-lib)');
  writeFileSync(path, await pdf.save({ useObjectStreams: false }));
}

async function printAll(): Promise<number> {
  mkdirSync(CACHE, { recursive: true });
  const plans = loadPlans();
  const template = templateHash();
  const manifest: Manifest = {};
  const todo: Array<{ plan: Plan; file: string }> = [];
  for (const plan of plans) {
    const hash = createHash('sha256').update(template).update(JSON.stringify(plan)).digest('hex').slice(0, 16);
    const file = `${plan.slug}.${hash}.pdf`;
    manifest[plan.slug] = { file, bytes: 0, hash };
    if (!existsSync(join(CACHE, file))) todo.push({ plan, file });
  }
  const started = performance.now();
  if (todo.length) {
    const templateUrl = writeTemplate();
    const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
    const workers = Math.max(1, Math.min(todo.length, Number(process.env.YAODIAN_PDF_WORKERS ?? cpus().length)));
    let next = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await browser.newPage();
        await preparePage(page, templateUrl);
        while (next < todo.length) {
          const { plan, file } = todo[next++]!;
          await printPlan(page, plan, join(CACHE, file));
          done++;
          if (done === todo.length || done % 50 === 0 || todo.length <= 20) {
            process.stdout.write(`printed ${done}/${todo.length} (${plan.slug})\n`);
          }
        }
        await page.close();
      }),
    );
    await browser.close();
  }
  for (const entry of Object.values(manifest)) entry.bytes = statSync(join(CACHE, entry.file)).size;
  mkdirSync(dirname(MANIFEST), { recursive: true });
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${plans.length} PDFs: ${todo.length} printed, ${plans.length - todo.length} unchanged, in ${seconds.toFixed(1)} s${todo.length ? ` (${(seconds / todo.length).toFixed(3)} s per PDF)` : ''}`);
  return 0;
}

if (process.argv.includes('--install')) install();
else process.exit(await printAll());
