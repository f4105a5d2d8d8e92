/**
 * Simplified and Traditional characters. OpenCC converts one character at a time over the CJK
 * block, once; the results are sets (which characters belong to one script only) and a map
 * that folds Traditional to Simplified, character by character, for search.
 */
import * as OpenCC from 'opencc-js';

export interface ScriptTables {
  /** Characters OpenCC changes when converting to Simplified: Traditional-only. */
  hant: Set<string>;
  /** Characters OpenCC changes when converting to Traditional: Simplified-only. */
  hans: Set<string>;
  /** Traditional character → its Simplified form. */
  toSimplified: Map<string, string>;
}

let tables: ScriptTables | null = null;

export function scriptTables(): ScriptTables {
  if (tables) return tables;
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  const joined = chars.join('\n');
  const simplified = OpenCC.Converter({ from: 't', to: 'cn' })(joined).split('\n');
  const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(joined).split('\n');
  const toSimplified = new Map<string, string>();
  chars.forEach((c, i) => {
    const s = simplified[i]!;
    if (s !== c && s.length === 1) toSimplified.set(c, s);
  });
  tables = {
    hant: new Set(chars.filter((c, i) => simplified[i] !== c)),
    hans: new Set(chars.filter((c, i) => traditional[i] !== c)),
    toSimplified,
  };
  return tables;
}

/** Fold text to Simplified, character by character: 課後服務 → 课后服务, 課后服務 → 课后服务. */
export function foldToSimplified(text: string): string {
  const map = scriptTables().toSimplified;
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

/** zh-Hant when more characters are Traditional-only than Simplified-only. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const { hant, hans } = scriptTables();
  let balance = 0;
  let seen = 0;
  // The first few thousand Han characters decide it.
  for (let i = 0; i < text.length && seen < 5000; i++) {
    const c = text[i]!;
    if (c < '\u3400' || c > '\u9fff') continue;
    seen++;
    if (hant.has(c)) balance++;
    else if (hans.has(c)) balance--;
  }
  return balance > 0 ? 'zh-Hant' : 'zh-Hans';
}
