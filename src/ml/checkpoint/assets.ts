/**
 * Loads a checkpoint the site ships (pretrained weights under public/weights/)
 * through a TrainerContext, so the same code runs in the worker and in Node.
 */
import type { TrainerContext, WeightSet } from '../trainer';
import { type CheckpointManifest, type LayoutFor, type WeightLayout, decodeCheckpoint, parseManifest } from './checkpoint';

/** Manifest file name inside a weights folder; its weightsManifest paths name the binary. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * `folder` is relative to the site root, e.g. 'weights/classifier'. The
 * weights must fit `expected`, or the layout `layoutFor` gives for the
 * manifest's model id (see decodeCheckpoint).
 */
export async function loadCheckpointAsset(
  context: TrainerContext,
  folder: string,
  expected: WeightLayout,
  layoutFor?: LayoutFor,
): Promise<{ weights: WeightSet; manifest: CheckpointManifest }> {
  const manifestBytes = await context.loadAsset(`${folder}/${MANIFEST_FILE}`);
  const manifest = parseManifest(new TextDecoder().decode(manifestBytes));
  const paths = manifest.weightsManifest.flatMap((g) => g.paths);
  const parts = await Promise.all(paths.map((p) => context.loadAsset(`${folder}/${p}`)));
  const total = parts.reduce((sum, p) => sum + p.byteLength, 0);
  const data = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    data.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return { weights: decodeCheckpoint(manifest, data.buffer, expected, layoutFor), manifest };
}
