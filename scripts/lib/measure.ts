/**
 * Run a command and measure it: wall time and peak resident memory of its whole process tree
 * (sampled from /proc every 50 ms, so short spikes between samples can be missed).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  status: number;
  seconds: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      const tasks = readFileSync(`/proc/${out[i]}/task/${out[i]}/children`, 'utf8').trim();
      if (tasks) out.push(...tasks.split(/\s+/).map(Number));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const total = descendants(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0);
      peak = Math.max(peak, total);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ status: code ?? 1, seconds: (performance.now() - started) / 1000, peakRssMb: peak / 1024, stdout, stderr });
    });
  });
}
