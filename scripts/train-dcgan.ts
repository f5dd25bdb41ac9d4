/**
 * Trains the DCGAN cell's model (src/ml/trainers/dcgan.ts) in Node on the
 * wasm backend, through the same trainer class the browser runs, and writes
 * the pretrained weights to public/weights/dcgan/ (manifest.json +
 * weights.bin, float16), scored by the digit classifier as the lesson quotes
 * it (./lib/scoreOverSeeds.ts: five noise seeds of 512 samples).
 *
 *   npm run train:dcgan                          # 1,600 steps at PRETRAINED_WIDTHS (~12 min of CPU)
 *   npm run train:dcgan -- --steps 300 --out /tmp/dcgan
 *   npm run train:dcgan -- --measure             # from scratch with the cell's defaults:
 *                                                # steps and seconds to digit score 4
 *   npm run train:dcgan -- --measure --set lrG=0.002 --set batchSize=64
 *   npm run train:dcgan -- --from weights/dcgan --steps 400   # continue the shipped
 *                                                # weights at the last phase's rates
 *   npm run train:dcgan -- --from /tmp/dcgan-7100 --steps 400 # continue a saved candidate
 *   npm run train:dcgan -- --from weights/dcgan --ema 0.999   # ship a moving average of G
 *   npm run train:dcgan -- --augment ...                      # differentiable augmentation of D's inputs
 *   npm run train:dcgan -- --refine 0 ...                     # without G's second 7×7 layer (PRETRAINED_REFINE)
 *   npm run train:dcgan -- --spectral-norm ...                # spectral normalisation in D (--from may name
 *                                                # weights without it: D's kernels are then normalised as loaded)
 *
 * The committed weights came from two runs of this script, the second
 * continuing the first's weights; the commands and scores are in
 * docs/performance.md, "How the shipped DCGAN weights were trained".
 * With --ema the average restarts from the weights each run starts from.
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { DEFAULT_WEIGHTS_PATH, MANIFEST_FILE, decodeCheckpoint, encodeCheckpoint, loadCheckpointAsset } = await import('../src/ml/checkpoint');
const { scoreOverSeeds, scoreMetadata } = await import('./lib/scoreOverSeeds');
const { DCGAN_CONFIG, createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { DCGAN_DEFAULTS: DCGAN_CELL_DEFAULTS, DCGAN_PRETRAINED: DCGAN_WEIGHTS_FOLDER } = await import('../src/cells/dcgan');
const { rampedAverageDecay } = await import('../src/ml/trainers/imageGan');
const { dcganModelId } = await import('../src/ml/models/dcganLayout');
const { nodeTrainerContext } = await import('./lib/nodeContext');
const { WeightAverage } = await import('./lib/weightAverage');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 2015;
/**
 * Pretraining: a fast start at the cell's rates of the time the shipped weights were trained (lrD was 0.001
 * then; the lesson quotes these numbers), then smaller steps to settle (step counts are generator steps).
 */
const SCHEDULE: readonly { untilStep: number; lrG: number; lrD: number }[] = [
  { untilStep: 1000, lrG: 0.002, lrD: 0.001 },
  { untilStep: 1600, lrG: 0.0005, lrD: 0.00025 },
];
/**
 * Channel widths of the weights that ship (G 7×7, 14×14; D 14×14, 7×7): the reference DCGAN's (docs/toolchain.md),
 * twice the cell's, whose narrower networks stop short of the digit score these reach (docs/performance.md).
 * Loading them switches the cell to these widths (ImageGanTrainer.layoutFor).
 */
const PRETRAINED_WIDTHS: readonly number[] = [64, 32, 32, 64];
/**
 * Channels of G's second 7×7 layer (stride 1) in the weights that ship: with it the generator reached a digit
 * score of 7.7 where the same widths without it stayed near 7.2 (docs/performance.md). --refine 0: none.
 */
const PRETRAINED_REFINE = 64;
/** Steadier gradient estimates than the cell's 32, for the weights that ship. */
const PRETRAIN_BATCH = 64;
/** float16 halves the file; the score is measured after the round trip. */
const WEIGHT_STORAGE = 'float16';
/** With --ema, the generator's average is updated every this many steps (one trainer.train call). */
const EMA_EVERY = 10;
/** The generator's tensors: the only ones averaged (D keeps training on its own, current weights). */
const isGeneratorWeight = (name: string) => name.startsWith('g/');

const argv = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const overrides: Record<string, number | string | boolean> = {};
argv.forEach((a, i) => {
  if (a !== '--set') return;
  const [key, raw] = argv[i + 1].split('=');
  overrides[key] = raw === 'true' ? true : raw === 'false' ? false : Number.isFinite(Number(raw)) ? Number(raw) : raw;
});

function pickRates(values: Record<string, number | string | boolean>): { lrG?: number; lrD?: number } {
  const out: { lrG?: number; lrD?: number } = {};
  if (typeof values.lrG === 'number') out.lrG = values.lrG;
  if (typeof values.lrD === 'number') out.lrD = values.lrD;
  return out;
}

async function main(): Promise<void> {
  registerWasmKernels();
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  await tf.ready();
  const seed = Number(argValue('seed') ?? SEED);
  const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, seed);
  const measuring = argv.includes('--measure');
  const hp = { ...DCGAN_CELL_DEFAULTS, ...(measuring ? {} : { batchSize: PRETRAIN_BATCH }), ...overrides, seed };
  // --widths G0,G1,D0,D1 sets the channel widths; by default the pretrained weights have PRETRAINED_WIDTHS
  // and --measure (the learner's from-scratch run) the cell's own.
  const widths = argValue('widths')?.split(',').map(Number) ?? (measuring ? null : PRETRAINED_WIDTHS);
  if (widths && (widths.length !== 4 || !widths.every((w) => Number.isInteger(w) && w > 0))) throw new Error(`--widths needs four positive integers, got ${argValue('widths')}`);
  const sized = widths ? { ...DCGAN_CONFIG, generatorFilters: [widths[0], widths[1]] as const, discriminatorFilters: [widths[2], widths[3]] as const } : DCGAN_CONFIG;
  // --augment: D sees shifted, cut-out digits, real and generated alike (src/ml/steps/diffAugment.ts).
  // --refine N adds G's stride-1 layer of N channels at 7×7 (DcganOptions.generatorRefineFilters); 0 leaves it out.
  // By default the pretrained weights have PRETRAINED_REFINE and --measure (the cell's own networks) none.
  const refine = Number(argValue('refine') ?? (measuring ? 0 : PRETRAINED_REFINE));
  if (!(Number.isInteger(refine) && refine >= 0)) throw new Error(`--refine needs a whole number of channels (0: none), got ${argValue('refine')}`);
  const spectralNorm = argv.includes('--spectral-norm');
  const config = {
    ...sized,
    ...(refine ? { generatorRefineFilters: refine } : {}),
    ...(spectralNorm ? { discriminatorSpectralNorm: true } : {}),
    augment: argv.includes('--augment'),
  };
  const trainer = await createDcganTrainer(hp, seed, digits, classifier, config);
  console.log(`model ${trainer.modelId}, settings ${JSON.stringify(hp)}, real digits score ${trainer.realScore.digitScore.toFixed(2)} at n=${DCGAN_CONFIG.evalSamples}`);
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const seconds = () => ((performance.now() - wall0) / 1000).toFixed(1);
  const cpuSeconds = () => {
    const c = process.cpuUsage(cpu0);
    return ((c.user + c.system) / 1e6).toFixed(1);
  };

  if (measuring) {
    const maxSteps = Number(argValue('steps') ?? 300);
    let reached = false;
    for (let step = 0; step < maxSteps; step += DCGAN_CONFIG.evalEvery) {
      const m = await trainer.train(DCGAN_CONFIG.evalEvery);
      const hit = m.digitScore >= 4 && m.confidence >= 0.75;
      console.log(
        `step ${trainer.stepsDone} wall ${seconds()}s cpu ${cpuSeconds()}s score ${m.digitScore.toFixed(2)} conf ${m.confidence.toFixed(3)} dLoss ${m.dLoss.toFixed(3)} gLoss ${m.gLoss.toFixed(3)} D(x) ${m.dReal.toFixed(2)} D(G(z)) ${m.dFake.toFixed(2)}${hit && !reached ? '  <- score >= 4, confidence >= 0.75' : ''}`,
      );
      reached ||= hit;
      if (reached && !argv.includes('--continue')) break;
    }
    trainer.dispose();
    return;
  }

  const steps = Number(argValue('steps') ?? SCHEDULE[SCHEDULE.length - 1].untilStep);
  const outDir = resolve(argValue('out') ?? resolve(root, 'public', DCGAN_WEIGHTS_FOLDER));
  const from = argValue('from');
  let previousSteps = 0;
  let normalisedOnLoad = false;
  if (from) {
    // An absolute --from is a folder this script wrote (e.g. an <out>-<step> candidate); otherwise a path under public/.
    const fromContext = isAbsolute(from) ? { loadAsset: async (path: string) => new Uint8Array(readFileSync(path)).buffer } : nodeTrainerContext;
    // With --spectral-norm, weights trained without it load into the same layers (normalisation adds no weights).
    const own = trainer.getWeights();
    const plainId = dcganModelId({ ...trainer.model.options, discriminatorSpectralNorm: false });
    const layoutFor = (id: string) => (spectralNorm && id === plainId ? { ...own, modelId: plainId } : null);
    const { weights, manifest } = await loadCheckpointAsset(fromContext, from, own, layoutFor);
    trainer.setWeights({ ...weights, modelId: own.modelId });
    normalisedOnLoad = weights.modelId === plainId && plainId !== own.modelId;
    // Dividing a D trained without normalisation by its σ's changes its outputs at once: G carries on against a new D.
    if (normalisedOnLoad) console.log(`${from} has no spectral normalisation: D's kernels are normalised from now on`);
    previousSteps = Number(manifest.metadata?.steps ?? 0);
    console.log(`continuing ${from} after ${previousSteps} steps`);
  }
  const chunk = 50;
  /** --save-every N also writes <out>-<step> every N steps, to pick the best of a long run. */
  const saveEvery = Number(argValue('save-every') ?? 0);
  /** --ema D ships an exponential moving average of G's weights (per-step decay D, e.g. 0.999) instead of its last weights. */
  const emaDecay = argValue('ema') === undefined ? undefined : Number(argValue('ema'));
  if (emaDecay !== undefined && !(emaDecay > 0 && emaDecay < 1)) throw new Error(`--ema needs a decay between 0 and 1, got ${argValue('ema')}`);
  const average = emaDecay === undefined ? undefined : new WeightAverage(trainer.getWeights(), isGeneratorWeight);
  let averagedSteps = 0;
  /** --decay: both learning rates fall linearly from the phase's (or --set) rates to 0 over the run, to settle the game. */
  const decay = argv.includes('--decay');
  const shipped = average ? () => average.applyTo(trainer.getWeights()) : () => trainer.getWeights();
  for (let done = 0; done < steps; done += chunk) {
    const scheduled = from ? SCHEDULE[SCHEDULE.length - 1] : (SCHEDULE.find((p) => done < p.untilStep) ?? SCHEDULE[SCHEDULE.length - 1]);
    // --set lrG=… / lrD=… override the schedule when continuing.
    const phase = from ? { ...scheduled, ...pickRates(overrides) } : scheduled;
    const factor = decay ? 1 - done / steps : 1;
    trainer.setHyperparameters({ ...hp, lrG: phase.lrG * factor, lrD: phase.lrD * factor });
    const todo = Math.min(chunk, steps - done);
    let m = await trainer.train(average ? Math.min(EMA_EVERY, todo) : todo);
    for (let inner = EMA_EVERY; average && emaDecay !== undefined; inner += EMA_EVERY) {
      // The trainer's ramp (averageG): a young average forgets its start quickly. Without it a 0.999 average
      // still held 37% of the starting weights after 1,000 steps, and scored below the weights it averaged.
      averagedSteps += EMA_EVERY;
      average.update(trainer.getWeights(), rampedAverageDecay(averagedSteps, emaDecay) ** EMA_EVERY);
      if (inner >= todo) break;
      m = await trainer.train(Math.min(EMA_EVERY, todo - inner));
    }
    if (saveEvery > 0 && (done + chunk) % saveEvery === 0 && done + chunk < steps) {
      await writeWeights(trainer, shipped(), classifier, seed, previousSteps, hp.batchSize, emaDecay, normalisedOnLoad, `${outDir}-${previousSteps + trainer.stepsDone}`);
    }
    console.log(`step ${trainer.stepsDone} lrG ${phase.lrG} wall ${seconds()}s cpu ${cpuSeconds()}s score ${m.digitScore.toFixed(2)} conf ${m.confidence.toFixed(3)} D(x) ${m.dReal.toFixed(2)} D(G(z)) ${m.dFake.toFixed(2)}`);
  }

  await writeWeights(trainer, shipped(), classifier, seed, previousSteps, hp.batchSize, emaDecay, normalisedOnLoad, outDir);
  trainer.dispose();
}

/** Scores what ships (`weights` after the float16 round trip) and writes it to `outDir`; the trainer keeps its own weights. */
async function writeWeights(
  trainer: Awaited<ReturnType<typeof createDcganTrainer>>,
  weights: ReturnType<typeof trainer.getWeights>,
  classifier: Awaited<ReturnType<typeof loadDigitsAndClassifier>>['classifier'],
  seed: number,
  previousSteps: number,
  batchSize: number | string | boolean,
  emaDecay: number | undefined,
  normalisedOnLoad: boolean,
  outDir: string,
): Promise<void> {
  const saved = trainer.getWeights();
  const stored = encodeCheckpoint(weights, { quantization: WEIGHT_STORAGE });
  trainer.setWeights(decodeCheckpoint(stored.manifest, stored.data, saved));
  const final = await scoreOverSeeds(classifier, trainer.model);
  const { manifest, data } = encodeCheckpoint(trainer.getWeights(), {
    quantization: WEIGHT_STORAGE,
    metadata: {
      trainedBy: 'scripts/train-dcgan.ts',
      seed,
      steps: previousSteps + trainer.stepsDone,
      batchSize: String(batchSize),
      ...(emaDecay === undefined ? {} : { generatorEma: emaDecay }),
      ...(normalisedOnLoad ? { spectralNormFromStep: previousSteps } : {}),
      ...scoreMetadata(final),
    },
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(resolve(outDir, DEFAULT_WEIGHTS_PATH), new Uint8Array(data));
  console.log(`digit score ${final.meanScore.toFixed(3)}, confidence ${final.meanConfidence.toFixed(3)} (five seeds of 512); wrote ${outDir} (${(data.byteLength / 1024).toFixed(0)} KB of weights)`);
  // Training continues from the full-precision weights, not the rounded ones.
  trainer.setWeights(saved);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
