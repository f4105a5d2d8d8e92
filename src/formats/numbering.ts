/**
 * Word's automatic numbering, drawn as Word draws it: a level's counter in its format (decimal,
 * chineseCounting, ideographTraditional, decimalEnclosedCircle …) placed into the level's text
 * (`%1、`, `（%1）`, `%1.%2`). A copy and paste loses these numbers; the converter needs them
 * printed. Pure.
 */

const DIGITS = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1000 → 一千 (the counting numerals of headings). */
export function chineseCounting(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十二, not 一十二, when ten leads.
    out += (d === 1 && unit === units[1] && i === 0 ? '' : digits[d]) + unit;
  });
  return out;
}

const roman = (n: number): string => {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) {
    out += letters;
    n -= value;
  }
  return out;
};

const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter in one of Word's number formats (ST_NumberFormat); unknown formats fall back to decimal. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10]!;
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

export interface Level {
  start: number;
  format: string;
  /** The level's text with %1…%9 for the counters of levels 1…9, e.g. `（%2）`. */
  text: string;
  /** Legal numbering: every counter in decimal (1.2.3). */
  legal: boolean;
  /** What Word draws between the number and the text (w:suff): a tab unless told otherwise. */
  suffix?: 'tab' | 'space' | 'nothing';
}

export interface AbstractNumbering {
  levels: Map<number, Level>;
}

export interface NumberingInstance {
  abstractId: string;
  /** Levels this instance starts again at a given number (w:lvlOverride/w:startOverride). */
  startOverrides: Map<number, number>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  instances: Map<string, NumberingInstance>;
}

/**
 * The counters of a document, as Word keeps them: one list per abstract numbering (instances
 * without overrides continue it), a deeper level starting again when a shallower one moves on.
 */
export class Counters {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();
  private readonly definitions: NumberingDefinitions;
  constructor(definitions: NumberingDefinitions) {
    this.definitions = definitions;
  }

  /** The marker of the next paragraph of instance `numId` at level `ilvl`, or null when it is not numbered. */
  next(numId: string, ilvl: number): string | null {
    const instance = this.definitions.instances.get(numId);
    if (!instance) return null;
    const abstract = this.definitions.abstracts.get(instance.abstractId);
    const level = abstract?.levels.get(ilvl);
    if (!abstract || !level) return null;
    const counts = this.counts.get(instance.abstractId) ?? [];
    this.counts.set(instance.abstractId, counts);
    const override = instance.startOverrides.get(ilvl);
    const key = `${numId}/${ilvl}`;
    if (override !== undefined && !this.started.has(key)) {
      this.started.add(key);
      counts[ilvl] = override;
    } else counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return level.text;
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const other = abstract.levels.get(at);
      const count = counts[at] ?? other?.start ?? 1;
      return formatCounter(count, level.legal ? 'decimal' : (other?.format ?? 'decimal'));
    });
    // The tab or space after the number stands between 1.1 and its text, which a decimal outline
    // needs to be read (1.1 深化…); a marker that ends in its own mark (一、 （一）) needs none.
    return level.suffix !== 'nothing' && /[0-9A-Za-z]$/.test(marker) ? `${marker} ` : marker;
  }
}
