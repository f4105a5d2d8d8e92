/**
 * ASCII slugs for Chinese names, from their pinyin: 中小学德育工作指南 →
 * zhong-xiao-xue-de-yu-gong-zuo-zhi-nan. Long names are cut at a syllable and given a short
 * digest of the whole name, so two names that share a long beginning stay apart.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const MAX = 60;

export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX) return slug || digest(name);
  return `${slug.slice(0, MAX).replace(/-[^-]*$/, '')}-${digest(name)}`;
}

export function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 6);
}
