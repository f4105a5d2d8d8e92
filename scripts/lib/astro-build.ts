/**
 * How the build runs `astro build`, shared by the build and the benchmark so both measure the same.
 */
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Node's arguments for `astro build`. The build keeps a few hundred MB live while it allocates and
 * drops many times that; by default V8 lets the heap grow to several times what is live before it
 * collects. Growing it by a quarter at a time costs a few more collections (about 2 % of the time
 * at 2,000 plans) and a quarter of the peak memory.
 */
export const astroBuildArgs: readonly string[] = ['--heap-growing-percent=25', join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
