/**
 * In Chromium, on a site built from revised copies of the bundled plans (an item inserted so
 * numbers shift, two items swapped, a section split): every link published for the original
 * plan still lands on the item with the same text.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { convertSeed, nodes, seeds } from '../helpers.ts';
import { REVISIONS } from '../revise.ts';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
const originals = seeds.map((s) => convertSeed(s.slug));
let session: Session;

beforeAll(async () => {
  session = await open(sites.revised);
});
afterAll(async () => session?.close());

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
          while (el?.classList.contains('anchor-alias')) el = el.nextElementSibling as HTMLElement | null;
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

test('a retired anchor shows a note that the item was removed, with a way into the plan', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url('plans/2022-moe-basic-education-remove/#s1-2'));
  const note = page.locator('#s1-2');
  expect(await note.isVisible()).toBe(true);
  expect(await note.textContent()).toContain('已在本计划的修订中删除');
  expect(await note.textContent()).toContain('德育工作的安排已并入第一条。');
  expect(await note.locator('a').getAttribute('href')).toBe('#top');
  await page.goto(session.site.url('plans/2022-moe-basic-education-remove/#s1-3'));
  expect(await page.locator('#s1-2').isVisible()).toBe(false);
  expect(await page.locator('#s1-3').textContent()).toContain('深入推进中小学劳动教育');
  await page.close();
});
