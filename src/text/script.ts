/**
 * Simplified and Traditional characters. OpenCC converts one character at a time over the CJK
 * block, once; the results are sets (which characters belong to one script only) and a map
 * that folds Traditional to Simplified, character by character, for search.
 */
import * as OpenCC from 'opencc-js';

const FIRST = 0x3400;
const LAST = 0x9fff;

export interface ScriptTables {
  /** Characters OpenCC changes when converting to Simplified: Traditional-only. */
  hant: Set<string>;
  /** Characters OpenCC changes when converting to Traditional: Simplified-only. */
  hans: Set<string>;
  /** Traditional character → its Simplified form. */
  toSimplified: Map<string, string>;
  /** By code point from U+3400: 1 Traditional-only, 2 Simplified-only, 0 either. */
  script: Uint8Array;
}

let tables: ScriptTables | null = null;

export function scriptTables(): ScriptTables {
  if (tables) return tables;
  const chars: string[] = [];
  for (let c = FIRST; c <= LAST; c++) chars.push(String.fromCharCode(c));
  const joined = chars.join('\n');
  const simplified = OpenCC.Converter({ from: 't', to: 'cn' })(joined).split('\n');
  const traditional = OpenCC.Converter({ from: 'cn', to: 't' })(joined).split('\n');
  const toSimplified = new Map<string, string>();
  chars.forEach((c, i) => {
    const s = simplified[i]!;
    if (s !== c && s.length === 1) toSimplified.set(c, s);
  });
  const script = new Uint8Array(chars.length);
  chars.forEach((c, i) => {
    if (simplified[i] !== c) script[i] = 1;
    else if (traditional[i] !== c) script[i] = 2;
  });
  tables = {
    hant: new Set(chars.filter((c, i) => simplified[i] !== c)),
    hans: new Set(chars.filter((c, i) => traditional[i] !== c)),
    toSimplified,
    script,
  };
  return tables;
}

let reading: ((text: string) => string) | null = null;

/**
 * Traditional text as a mainland reader reads it, converted by phrases (OpenCC t → cn: 著力 stays
 * 著力) — not the character fold of search. The converter loads its dictionaries once.
 */
export function simplifiedReading(text: string): string {
  reading ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return reading(text);
}

let foldTable: Uint16Array | null = null;

/** Fold text to Simplified, character by character: 課後服務 → 课后服务, 課后服務 → 课后服务. */
export function foldToSimplified(text: string): string {
  // A table by code point, so folding a corpus costs a lookup a character and a string a run.
  if (!foldTable) {
    foldTable = new Uint16Array(LAST - FIRST + 1);
    for (const [t, s] of scriptTables().toSimplified) foldTable[t.charCodeAt(0) - FIRST] = s.charCodeAt(0);
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code >= FIRST && code <= LAST ? foldTable[code - FIRST]! : 0;
    if (folded) {
      out += text.slice(from, i) + String.fromCharCode(folded);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** zh-Hant when more characters are Traditional-only than Simplified-only. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const { script } = scriptTables();
  let balance = 0;
  let seen = 0;
  // The first few thousand Han characters decide it.
  for (let i = 0; i < text.length && seen < 5000; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST || code > LAST) continue;
    seen++;
    const kind = script[code - FIRST];
    if (kind === 1) balance++;
    else if (kind === 2) balance--;
  }
  return balance > 0 ? 'zh-Hant' : 'zh-Hans';
}
