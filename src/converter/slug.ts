/**
 * A slug (lowercase ASCII, digits, hyphens) from any file name, for files outside plans/ such
 * as a download called `2019学年工作要点(1).txt`: Han characters become pinyin.
 */
import { pinyin } from 'pinyin-pro';

export function slugFromName(path: string): string {
  const name = path.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
  const spelled = /[\u3400-\u9fff]/.test(name) ? pinyin(name, { toneType: 'none', nonZh: 'consecutive', separator: '-' }) : name;
  const slug = spelled
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'plan';
}
