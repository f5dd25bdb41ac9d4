/**
 * A TrainerContext for Node (scripts, tests, benchmarks): site assets are read
 * from public/, exactly the files the site serves.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TrainerContext } from '../../src/ml/trainer';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

export const nodeTrainerContext: TrainerContext = {
  async loadAsset(path: string): Promise<ArrayBuffer> {
    const file = resolve(PUBLIC_DIR, path.replace(/^\/+/, ''));
    if (!file.startsWith(PUBLIC_DIR)) throw new Error(`Asset path escapes public/: ${path}`);
    const bytes = await readFile(file);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  },
};
