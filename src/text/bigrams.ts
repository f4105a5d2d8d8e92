/** Character bigrams of the Han runs of a text already folded to one script. Pure, no dictionary. */
export function hanBigrams(folded: string): string[] {
  const han = folded.replace(/[^\u3400-\u9fff]+/g, '|');
  const out: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== '|' && han[i + 1] !== '|') out.push(han.slice(i, i + 2));
  return out;
}
