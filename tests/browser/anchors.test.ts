/**
 * In Chromium, on a site built from revised copies of the bundled plans (an item inserted so
 * numbers shift, two items swapped, a section split): every link published for the original
 * plan still lands on the item with the same text.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptAnchors } from '../../src/anchors/reconcile.ts';
import type { Registry } from '../../src/schemas/registry.ts';
import { formatRegistry } from '../../scripts/lib/plan-files.ts';
import { convertSeed, nodes, ROOT, seeds } from '../helpers.ts';
import { revise, type Revision } from '../revise.ts';
import { open, type Session } from './browser.ts';

const REVISIONS: Revision[] = ['insert', 'swap', 'split'];
const originals = seeds.map((s) => convertSeed(s.slug));
let work: string;
let session: Session;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'yaodian-revised-'));
  mkdirSync(join(work, 'plans'));
  const registry: Registry = { version: 1, plans: {} };
  for (const plan of originals) {
    for (const revision of REVISIONS) {
      const slug = `${plan.slug}-${revision}`;
      writeFileSync(join(work, 'plans', `${slug}.txt`), revise(plan, revision));
      registry.plans[slug] = acceptAnchors(plan, undefined);
    }
  }
  writeFileSync(join(work, 'plans', 'anchors.lock.json'), formatRegistry(registry));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAODIAN_CONTENT: join(work, 'content'), YAODIAN_OUT: join(work, 'dist') };
  for (const args of [['scripts/convert.ts', '--plans', join(work, 'plans'), '--out', join(work, 'content')], ['scripts/build.ts', '--no-convert', '--no-pdf']]) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args[0]} failed:\n${run.stdout}\n${run.stderr}`);
  }
  session = await open(join(work, 'dist'));
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.each(originals.map((p) => [p.slug, p] as const))('%s', (_slug, original) => {
  test.each(REVISIONS)('revised (%s): every old link lands on its item, highlighted', async (revision) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.site.url(`plans/${original.slug}-${revision}/`));
    for (const old of nodes(original)) {
      const landed = await page.evaluate(async (id) => {
        location.hash = id;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        let el = document.getElementById(id);
        if (!el) return null;
        const highlighted = (e: Element) => getComputedStyle(e).backgroundColor === 'rgb(255, 244, 194)';
        if (el.classList.contains('anchor-alias')) {
          while (el && el.classList.contains('anchor-alias')) el = el.nextElementSibling as HTMLElement | null;
        }
        if (!el) return null;
        const heading = /^H[2-6]$/.test(el.tagName) ? (el.firstChild?.textContent ?? '').trim() : '';
        // The item's first paragraph: past its topic chips, before the next heading.
        let body = '';
        for (let next = /^H[2-6]$/.test(el.tagName) ? el.nextElementSibling : el.firstElementChild; next && !/^H[2-6]$/.test(next.tagName); next = next.nextElementSibling) {
          if (next.tagName === 'P') {
            body = next.textContent ?? '';
            break;
          }
        }
        const top = el.getBoundingClientRect().top;
        return { heading, body, highlighted: highlighted(el), top };
      }, old.id);
      expect(landed, `#${old.id}`).not.toBeNull();
      if (old.title) expect(landed!.heading.endsWith(old.title), `#${old.id}: ${landed!.heading}`).toBe(true);
      if (old.paragraphs[0]) expect(landed!.body, `#${old.id}`).toBe(old.paragraphs[0]);
      expect(landed!.highlighted, `#${old.id} highlighted`).toBe(true);
      expect(landed!.top, `#${old.id} in view`).toBeGreaterThan(40);
      expect(landed!.top, `#${old.id} in view`).toBeLessThan(800);
    }
    await page.close();
  });
});
