/**
 * Comparing any two plans, in the browser: the page reads /compare/?a=…&b=…, fetches both plan
 * models (/plans/<slug>.json) and the character map that folds Traditional to Simplified (the
 * search page's), aligns them (src/compare/align.ts) and writes the comparison. The thin, impure
 * shell.
 */
import { foldMap, foldWith } from '../search/query.ts';
import type { Plan } from '../schemas/plan.ts';
import { align } from './align.ts';
import { comparisonHtml } from './render.ts';

export function startComparePage(base: string): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]')!;
  const status = document.querySelector<HTMLElement>('[data-compare-status]')!;
  const out = document.querySelector<HTMLElement>('[data-compare-result]')!;
  const params = new URLSearchParams(location.search);
  const a = params.get('a');
  const b = params.get('b');
  for (const [name, value] of [['a', a], ['b', b]] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    if (value) select.value = value;
  }
  if (!a || !b) return;
  if (a === b) {
    status.textContent = '请选择两份不同的计划。';
    return;
  }
  status.textContent = '正在比较……';
  const json = (path: string) => fetch(`${base}${path}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))));
  Promise.all([json(`plans/${a}.json`), json(`plans/${b}.json`), json('search/fold.json')])
    .then(([x, y, map]: [Plan, Plan, [string, string]]) => {
      const m = foldMap(map);
      const [earlier, later] = (x.meta.year ?? 0) <= (y.meta.year ?? 0) ? [x, y] : [y, x];
      const alignment = align(earlier, later, { fold: (s) => foldWith(m, s) });
      const plan = (p: Plan) => ({ slug: p.slug, title: p.meta.title, year: p.meta.year });
      status.textContent = `${earlier.meta.title} → ${later.meta.title}`;
      out.innerHTML = comparisonHtml(alignment, plan(earlier), plan(later), (slug, id) => `${base}plans/${slug}/#${id}`);
    })
    .catch((error: Error) => {
      status.textContent = `无法比较：${error.message}`;
    });
}
