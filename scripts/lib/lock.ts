/**
 * A lock file for work that must not run twice at once in one checkout. The file holds the pid
 * of its holder; a lock whose holder no longer runs is stale and is taken over.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Lock = { ok: true; release: () => void } | { ok: false; message: string };

export function acquireLock(file: string, what: string): Lock {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    // The lock appears with its holder written in it (a hard link of a finished file), so another
    // build never reads it empty and takes it for stale.
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, `${process.pid} ${new Date().toISOString()}\n`);
    try {
      linkSync(draft, file);
      rmSync(draft, { force: true });
      let held = true;
      const release = () => {
        if (held) rmSync(file, { force: true });
        held = false;
      };
      process.once('exit', release);
      return { ok: true, release };
    } catch (error) {
      rmSync(draft, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pid, since] = readFileSync(file, 'utf8').trim().split(' ');
      if (running(Number(pid))) {
        return {
          ok: false,
          message: `another ${what} (pid ${pid}, since ${since}) is running in this checkout — wait for it to finish; if none runs, delete ${file}`,
        };
      }
      rmSync(file, { force: true }); // stale: its holder is gone
    }
  }
  return { ok: false, message: `could not take the lock ${file} — delete it if no ${what} runs` };
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
