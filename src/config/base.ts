/**
 * Base paths, in one form everywhere: one leading and one trailing slash. Browser-safe (the
 * search page imports it).
 */

/** `SITE_BASE` as a path with one leading and one trailing slash: `/`, `/yaodian/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/** A path under a base: `under('/yaodian/', 'plans/x/')` → `/yaodian/plans/x/`. */
export function under(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}
