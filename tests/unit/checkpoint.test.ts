import { describe, expect, it } from 'vitest';
import {
  CheckpointError,
  assertLayoutMatches,
  decodeCheckpoint,
  encodeCheckpoint,
  inspectCheckpointFile,
  loadCheckpointAsset,
  packCheckpointFile,
  unpackCheckpointFile,
} from '../../src/ml/checkpoint';
import { Rng } from '../../src/ml/random';
import type { TrainerContext, WeightSet } from '../../src/ml/trainer';

function sampleWeights(seed = 1): WeightSet {
  const rng = new Rng(seed);
  return {
    modelId: 'test-mlp-v1',
    tensors: [
      { name: 'dense1/kernel', shape: [4, 3], data: rng.normalArray(12, 0, 0.5) },
      { name: 'dense1/bias', shape: [3], data: new Float32Array(3) },
      { name: 'dense2/kernel', shape: [3, 2], data: Float32Array.from([1e-3, -2, 3.5, 0.25, -0.125, 60000]) },
    ],
  };
}

const expectKept = (fn: () => unknown, pattern: RegExp): void => {
  expect(fn).toThrow(CheckpointError);
  expect(fn).toThrow(pattern);
  expect(fn).toThrow(/Your current model was kept\./);
};

describe('checkpoint round trip', () => {
  it('float32 is exact and the manifest is tfjs-style', () => {
    const w = sampleWeights();
    const { manifest, data } = encodeCheckpoint(w);
    expect(data.byteLength).toBe((12 + 3 + 6) * 4);
    expect(manifest.weightsManifest[0].weights[0]).toEqual({ name: 'dense1/kernel', shape: [4, 3], dtype: 'float32' });
    const back = decodeCheckpoint(JSON.stringify(manifest), data, w);
    expect(back.modelId).toBe(w.modelId);
    back.tensors.forEach((t, i) => {
      expect(t.name).toBe(w.tensors[i].name);
      expect(t.shape).toEqual(w.tensors[i].shape);
      expect(Array.from(t.data)).toEqual(Array.from(w.tensors[i].data));
    });
  });

  it('float16 keeps ~3 significant digits and halves the size', () => {
    const w = sampleWeights();
    const { manifest, data } = encodeCheckpoint(w, { quantization: 'float16' });
    expect(data.byteLength).toBe(21 * 2);
    const back = decodeCheckpoint(manifest, data, w);
    back.tensors.forEach((t, i) =>
      t.data.forEach((v, j) => {
        const x = w.tensors[i].data[j];
        expect(Math.abs(v - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -11 + 1e-7);
      }),
    );
    // Exactly representable halves survive unchanged.
    expect(Array.from(back.tensors[2].data.subarray(1, 5))).toEqual([-2, 3.5, 0.25, -0.125]);
  });

  it('uint8 errs by at most half a step of (max - min) / 255 per tensor', () => {
    const w = sampleWeights();
    const { manifest, data } = encodeCheckpoint(w, { quantization: 'uint8' });
    expect(data.byteLength).toBe(21);
    const back = decodeCheckpoint(manifest, data, w);
    back.tensors.forEach((t, i) => {
      const src = w.tensors[i].data;
      const step = (Math.max(...src) - Math.min(...src)) / 255;
      t.data.forEach((v, j) => expect(Math.abs(v - src[j])).toBeLessThanOrEqual(step / 2 + 1e-4 * Math.max(1, Math.abs(src[j]))));
    });
    expect(Array.from(back.tensors[1].data)).toEqual([0, 0, 0]); // constant tensors stay exact
  });

  it('single file form round-trips and keeps metadata', () => {
    const w = sampleWeights();
    const file = packCheckpointFile(w, { metadata: { step: 1200 } });
    const back = unpackCheckpointFile(file, w);
    expect(Array.from(back.tensors[0].data)).toEqual(Array.from(w.tensors[0].data));
    const info = inspectCheckpointFile(file);
    expect(info.modelId).toBe('test-mlp-v1');
    expect(info.metadata).toEqual({ step: 1200 });
  });

  it('loads shipped weights through a TrainerContext', async () => {
    const w = sampleWeights();
    const { manifest, data } = encodeCheckpoint(w);
    const files: Record<string, ArrayBuffer> = {
      'weights/test/manifest.json': new TextEncoder().encode(JSON.stringify(manifest)).buffer as ArrayBuffer,
      'weights/test/weights.bin': data,
    };
    const context: TrainerContext = { loadAsset: async (path) => files[path] };
    const { weights } = await loadCheckpointAsset(context, 'weights/test', w);
    expect(Array.from(weights.tensors[2].data)).toEqual(Array.from(w.tensors[2].data));
  });
});

describe('a checkpoint of another model the caller can switch to', () => {
  const current = sampleWeights();
  // The same "model" with a wider first layer, under its own id.
  const wide: WeightSet = {
    modelId: 'test-mlp-v1-wide',
    tensors: [
      { name: 'dense1/kernel', shape: [4, 5], data: new Rng(2).normalArray(20) },
      { name: 'dense1/bias', shape: [5], data: new Float32Array(5) },
      { name: 'dense2/kernel', shape: [5, 2], data: new Rng(3).normalArray(10) },
    ],
  };
  const layoutFor = (id: string) => (id === wide.modelId ? wide : null);

  it('decodes against the layout layoutFor gives for its model id, in every entry point', async () => {
    const file = packCheckpointFile(wide);
    expect(Array.from(unpackCheckpointFile(file, current, layoutFor).tensors[2].data)).toEqual(Array.from(wide.tensors[2].data));
    const { manifest, data } = encodeCheckpoint(wide);
    expect(decodeCheckpoint(manifest, data, current, layoutFor).modelId).toBe('test-mlp-v1-wide');
    const files: Record<string, ArrayBuffer> = {
      'weights/wide/manifest.json': new TextEncoder().encode(JSON.stringify(manifest)).buffer as ArrayBuffer,
      'weights/wide/weights.bin': data,
    };
    const context: TrainerContext = { loadAsset: async (path) => files[path] };
    expect((await loadCheckpointAsset(context, 'weights/wide', current, layoutFor)).weights.tensors[0].shape).toEqual([4, 5]);
  });

  it('refuses with the usual message when layoutFor says null, or the weights do not fit what it offers', () => {
    const file = packCheckpointFile(wide);
    expectKept(() => unpackCheckpointFile(file, current), /belongs to the model 'test-mlp-v1-wide'.*'test-mlp-v1'/);
    expectKept(() => unpackCheckpointFile(file, current, () => null), /belongs to the model 'test-mlp-v1-wide'.*'test-mlp-v1'/);
    const offered = { ...wide, tensors: wide.tensors.map((t, i) => (i === 0 ? { ...t, shape: [4, 6] } : t)) };
    expectKept(() => unpackCheckpointFile(file, current, () => offered), /'dense1\/kernel' has shape \[4, 5\].*needs \[4, 6\]/);
    // The current model's own checkpoints never consult layoutFor.
    expect(unpackCheckpointFile(packCheckpointFile(current), current, () => offered).modelId).toBe('test-mlp-v1');
  });
});

describe('a bad checkpoint is refused and says the model was kept', () => {
  const w = sampleWeights();
  const file = packCheckpointFile(w);

  it('refuses a truncated file', () => {
    expectKept(() => unpackCheckpointFile(file.slice(0, file.byteLength - 4), w), /truncated/);
    expectKept(() => unpackCheckpointFile(file.slice(0, 40), w), /truncated|cut short/);
    expectKept(() => unpackCheckpointFile(file.slice(0, 5), w), /too short/);
  });

  it('refuses a file that is not a checkpoint', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3]);
    expectKept(() => unpackCheckpointFile(png.buffer, w), /not a checkpoint/);
    expectKept(() => decodeCheckpoint('{"hello": 1}', new ArrayBuffer(0), w), /not a checkpoint/);
    expectKept(() => decodeCheckpoint('{"format": "gan-cou', new ArrayBuffer(0), w), /not valid JSON/);
  });

  it("refuses another model's checkpoint", () => {
    const other = { ...w, modelId: 'dcgan-v1' };
    expectKept(() => unpackCheckpointFile(packCheckpointFile(other), w), /belongs to the model 'dcgan-v1'.*'test-mlp-v1'/);
  });

  it('refuses mismatched names and shapes', () => {
    const reshaped: WeightSet = { ...w, tensors: w.tensors.map((t, i) => (i === 0 ? { ...t, shape: [3, 4] } : t)) };
    expectKept(() => unpackCheckpointFile(packCheckpointFile(reshaped), w), /'dense1\/kernel' has shape \[3, 4\].*needs \[4, 3\]/);
    const missing: WeightSet = { ...w, tensors: w.tensors.slice(0, 2) };
    expectKept(() => unpackCheckpointFile(packCheckpointFile(missing), w), /missing the weight 'dense2\/kernel'/);
    expectKept(() => assertLayoutMatches(w, missing), /extra weight 'dense2\/kernel'/);
    const renamed: WeightSet = { ...w, tensors: w.tensors.map((t, i) => (i === 1 ? { ...t, name: 'b1' } : t)) };
    expectKept(() => unpackCheckpointFile(packCheckpointFile(renamed), w), /weight 2 is 'b1'/);
  });

  it('refuses NaN weights', () => {
    const bad = sampleWeights();
    bad.tensors[1].data[2] = NaN;
    expectKept(() => unpackCheckpointFile(packCheckpointFile(bad), w), /'dense1\/bias' contains NaN/);
  });

  it('refuses a corrupted manifest', () => {
    const bytes = new Uint8Array(file.slice(0));
    bytes[14] = 0xff; // invalid UTF-8 inside the JSON
    expectKept(() => unpackCheckpointFile(bytes.buffer, w), /corrupted/);
    const { manifest, data } = encodeCheckpoint(w, { quantization: 'uint8' });
    const broken = JSON.parse(JSON.stringify(manifest));
    delete broken.weightsManifest[0].weights[0].quantization.scale;
    expectKept(() => decodeCheckpoint(broken, data, w), /min and scale/);
  });
});
