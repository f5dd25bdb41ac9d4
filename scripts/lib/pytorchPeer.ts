/**
 * `npm run bench -- --peer`: the reference DCGAN in native PyTorch
 * (scripts/peer/reference_dcgan_torch.py), timed in the same run as the
 * browser's reference-dcgan cell. Uses Debian's python3 (python3-torch);
 * where PyTorch is missing it says so and the bench goes on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PeerResult {
  steps: number;
  seconds: number;
  cpu_seconds: number;
  steps_per_sec: number;
  threads: number;
  torch: string;
}

/** Debian's interpreter first: a pyenv or venv python3 earlier on PATH usually lacks python3-torch. */
const PYTHONS = ['/usr/bin/python3', 'python3'];
const SCRIPT = resolve(import.meta.dirname, '../peer/reference_dcgan_torch.py');

export function runPytorchPeer(seconds: number, threads = 2): PeerResult | { skipped: string } {
  const python = PYTHONS.find((p) => (p.startsWith('/') ? existsSync(p) : true) && spawnSync(p, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0);
  if (!python) return { skipped: 'PyTorch is not installed (apt-get install python3-torch); the peer was not timed.' };
  const run = spawnSync(python, [SCRIPT, String(seconds), String(threads)], { encoding: 'utf8', timeout: (seconds + 120) * 1000 });
  if (run.status !== 0) return { skipped: `the PyTorch peer failed: ${(run.stderr || run.error?.message || '').trim().split('\n').pop()}` };
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as PeerResult;
}
