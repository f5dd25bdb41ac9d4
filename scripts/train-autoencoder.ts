/**
 * Trains the pair the "Autoencoder vs GAN" cell compares (src/ml/trainers/
 * aeVsGan.ts): the conv autoencoder and the small DCGAN, same latent size,
 * on the 8,000 training digits, in Node on the wasm backend, exactly as the
 * cell trains them (same step functions, batch size and learning rates),
 * only for longer. Writes one checkpoint (float16) to
 * public/weights/autoencoder/ae-vs-gan/ for the cell's "Start from pretrained".
 *
 *   npx tsx scripts/train-autoencoder.ts                      # ~15 min on 2 cores
 *   npx tsx scripts/train-autoencoder.ts --ae-steps 50 --gan-steps 50 --out /tmp/aevsgan
 *   npx tsx scripts/train-autoencoder.ts --resume --ae-steps 0 --gan-steps 3000   # train the shipped pair further
 *   npx tsx scripts/train-autoencoder.ts --score     # digit scores of the shipped pair, per sampling
 *   npx tsx scripts/train-autoencoder.ts --measure [--steps 300] [--batch 32] [--lr 0.005]   # the autoencoder cell's speed and progress
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does

const { mkdirSync, writeFileSync } = await import('node:fs');
const { resolve } = await import('node:path');
const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { DEFAULT_WEIGHTS_PATH, MANIFEST_FILE, encodeCheckpoint } = await import('../src/ml/checkpoint');
const { DigitBatchSampler, digitImages, parseDigits, DIGITS_ASSET_PATH } = await import('../src/ml/data/digits');
const { ConvAutoencoder, autoencoderTrainStep, meanSquaredError, PIXELS } = await import('../src/ml/models/autoencoder');
const { Dcgan, IMAGE_SIZE } = await import('../src/ml/models/dcgan');
const { createDcganOptimizers } = await import('../src/ml/optimizers/ganOptimizers');
const { dcganStep } = await import('../src/ml/steps/dcganStep');
const { Rng } = await import('../src/ml/random');
const { GAN_BETA1, SMALL_DCGAN, combinedWeights } = await import('../src/ml/trainers/aeVsGan');
const { AE_VS_GAN_PRETRAINED: AE_VS_GAN_WEIGHTS_FOLDER, aeVsGanCell } = await import('../src/cells/aeVsGan');
const { autoencoderCell } = await import('../src/cells/autoencoder');
const { defaultsFor } = await import('../src/cells/define');
const AE_VS_GAN_DEFAULTS = defaultsFor(aeVsGanCell);
const { LiveRateAdam } = await import('../src/ml/optimizers/liveOptimizers');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const SEED = 2006;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
function argText(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const aeSteps = arg('ae-steps', 1500);
const ganSteps = arg('gan-steps', 4000);
const outDir = resolve(argText('out') ?? resolve(import.meta.dirname, '..', 'public', AE_VS_GAN_WEIGHTS_FOLDER));
const { latentSize, batchSize, aeLearningRate, ganLearningRate } = AE_VS_GAN_DEFAULTS;

registerWasmKernels();
if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
await tf.ready();

if (process.argv.includes('--measure')) {
  await measureAutoencoderCell();
  process.exit(0);
}
if (process.argv.includes('--score')) {
  await scorePretrainedPair();
  process.exit(0);
}

const set = await parseDigits(await nodeTrainerContext.loadAsset(DIGITS_ASSET_PATH));
const master = new Rng(SEED);
const autoencoder = new ConvAutoencoder({ latentSize }, new Rng(master.seed()));
const gan = new Dcgan({ ...SMALL_DCGAN, latentSize }, master.seed());
const aeOptimizer = new LiveRateAdam(aeLearningRate, 0.9, 0.999);
const ganOptimizers = createDcganOptimizers(gan, { lrG: ganLearningRate, lrD: ganLearningRate, beta1: GAN_BETA1 });
const aeSampler = new DigitBatchSampler(set, 'train', master.seed());
const ganSampler = new DigitBatchSampler(set, 'train', master.seed());
const ganRng = new Rng(master.seed());
const heldOut = tf.tensor2d(digitImages(set, set.heldOut, 'sigmoid'), [set.heldOut.length, PIXELS]);

// --resume continues from the pair already in --out (fresh Adam moments; step counts add up).
const earlier = { aeSteps: 0, ganSteps: 0 };
if (process.argv.includes('--resume')) {
  const { readFileSync } = await import('node:fs');
  const { decodeCheckpoint } = await import('../src/ml/checkpoint');
  const manifestJson = JSON.parse(readFileSync(resolve(outDir, MANIFEST_FILE), 'utf8'));
  const bytes = readFileSync(resolve(outDir, DEFAULT_WEIGHTS_PATH));
  const weights = decodeCheckpoint(manifestJson, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, combinedWeights(autoencoder, gan));
  const part = (prefix: string, modelId: string) => ({
    modelId,
    tensors: weights.tensors.filter((t) => t.name.startsWith(`${prefix}/`)).map((t) => ({ ...t, name: t.name.slice(prefix.length + 1) })),
  });
  autoencoder.setWeights(part('ae', autoencoder.modelId));
  gan.setWeights(part('gan', gan.modelId));
  earlier.aeSteps = Number(manifestJson.metadata?.autoencoderSteps ?? 0);
  earlier.ganSteps = Number(manifestJson.metadata?.ganSteps ?? 0);
  console.log(`resumed from ${outDir}: ${earlier.aeSteps} autoencoder and ${earlier.ganSteps} GAN steps so far`);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
for (let step = 1; step <= aeSteps; step++) {
  const x = tf.tensor2d(aeSampler.next(batchSize, 'sigmoid').images, [batchSize, PIXELS]); // [batch, 784]
  const loss = autoencoderTrainStep(autoencoder, aeOptimizer, x, x, 'bce');
  x.dispose();
  if (step % 250 === 0 || step === aeSteps) {
    const err = tf.tidy(() => meanSquaredError(heldOut, autoencoder.reconstruct(heldOut)).dataSync()[0]);
    console.log(`autoencoder step ${step}/${aeSteps} loss ${loss.toFixed(4)} held-out MSE ${err.toFixed(4)} (${seconds()}s)`);
  }
}
for (let step = 1; step <= ganSteps; step++) {
  const real = tf.tensor4d(ganSampler.next(batchSize, 'tanh').images, [batchSize, IMAGE_SIZE, IMAGE_SIZE, 1]); // [batch, 28, 28, 1]
  const r = dcganStep(gan, ganOptimizers, real, ganRng);
  real.dispose();
  if (step % 250 === 0 || step === ganSteps) {
    console.log(`gan step ${step}/${ganSteps} dLoss ${r.dLoss.toFixed(3)} gLoss ${r.gLoss.toFixed(3)} D(x) ${r.dReal.toFixed(2)} D(G(z)) ${r.dFake.toFixed(2)} (${seconds()}s)`);
  }
}

const { manifest, data } = encodeCheckpoint(combinedWeights(autoencoder, gan), {
  quantization: 'float16',
  metadata: { trainedBy: 'scripts/train-autoencoder.ts', seed: SEED, autoencoderSteps: earlier.aeSteps + aeSteps, ganSteps: earlier.ganSteps + ganSteps, batchSize, latentSize },
});
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
writeFileSync(resolve(outDir, DEFAULT_WEIGHTS_PATH), new Uint8Array(data));
console.log(`wrote ${outDir} (${(data.byteLength / 1024).toFixed(0)} KB of weights) in ${seconds()}s`);

/**
 * Runs the autoencoder cell's own trainer as the worker does (chunks of 10
 * steps, default settings) and prints, against wall-clock time: steps/s, the
 * held-out error, and how many of 200 held-out reconstructions the course's
 * digit classifier reads as the right digit (our test of "recognisable"),
 * then the anomaly detector's rates at the default threshold.
 */
async function measureAutoencoderCell(): Promise<void> {
  const { AutoencoderTrainer } = await import('../src/ml/trainers/autoencoder');
  const { DigitClassifier } = await import('../src/ml/models/digitClassifier');
  const { digitLabels } = await import('../src/ml/data/digits');
  const steps = arg('steps', 300);
  const set = await parseDigits(await nodeTrainerContext.loadAsset(DIGITS_ASSET_PATH));
  const classifier = await DigitClassifier.loadPretrained(nodeTrainerContext, new Rng(1)).catch((err: unknown) => {
    console.log(`(no classifier readout: ${err instanceof Error ? err.message : String(err)})`);
    return null;
  });
  const indices = set.heldOut.slice(0, 200);
  const images = tf.tensor2d(digitImages(set, indices, 'sigmoid'), [indices.length, PIXELS]);
  const labels = digitLabels(set, indices);
  const settings = defaultsFor(autoencoderCell);
  if (process.argv.includes('--batch')) settings.batchSize = arg('batch', 32);
  if (process.argv.includes('--lr')) settings.learningRate = arg('lr', 0.005);
  const trainer = new AutoencoderTrainer(settings, 1, set);
  const readable = (): number => {
    if (!classifier) return NaN;
    const predicted = tf.tidy(() => tf.argMax(classifier.predict(trainer.model.reconstruct(images), 'sigmoid'), 1));
    const p = predicted.dataSync();
    predicted.dispose();
    return Array.from(p).reduce((n, c, i) => n + (c === labels[i] ? 1 : 0), 0) / labels.length;
  };
  let trainingMs = 0;
  for (let done = 0; done < steps; ) {
    const t0 = performance.now();
    const m = trainer.train(10);
    trainingMs += performance.now() - t0;
    done += 10;
    if (done % 30 === 0 || done === steps) {
      console.log(
        `step ${done} training time ${(trainingMs / 1000).toFixed(1)}s (${((done * 1000) / trainingMs).toFixed(1)} steps/s) held-out error ${m.heldOutError.toFixed(4)} classifier reads ${(100 * readable()).toFixed(0)}% of reconstructions right`,
      );
    }
  }
  const { values } = trainer.render();
  console.log(`threshold ${values.threshold}: detection rate ${values.detectionRate.toFixed(2)}, false alarms ${values.falseAlarms.toFixed(2)}`);
  for (const anomalies of ['noise', 'shapes', 'inverted'] as const) {
    trainer.setHyperparameters({ anomalies });
    const r = trainer.render().values;
    console.log(`  ${anomalies}: detection rate ${r.detectionRate.toFixed(2)}`);
  }
  images.dispose();
  trainer.dispose();
  classifier?.dispose();
}

/**
 * Loads the shipped pair as the cell's "Start from pretrained" does and
 * prints both digit scores and confidences for each way of sampling the
 * autoencoder's latent space (the GAN always samples N(0, I)).
 */
async function scorePretrainedPair(): Promise<void> {
  const { createAeVsGan, LATENT_SAMPLINGS } = await import('../src/ml/trainers/aeVsGan');
  const { DigitClassifier } = await import('../src/ml/models/digitClassifier');
  const { loadCheckpointAsset } = await import('../src/ml/checkpoint');
  const set = await parseDigits(await nodeTrainerContext.loadAsset(DIGITS_ASSET_PATH));
  const classifier = await DigitClassifier.loadPretrained(nodeTrainerContext, new Rng(1));
  const trainer = await createAeVsGan(AE_VS_GAN_DEFAULTS, 1, set, classifier);
  const { weights } = await loadCheckpointAsset(nodeTrainerContext, AE_VS_GAN_WEIGHTS_FOLDER, trainer.getWeights());
  trainer.setWeights(weights);
  for (const sampling of LATENT_SAMPLINGS) {
    trainer.setHyperparameters({ sampling });
    await trainer.evaluate();
    const v = (await trainer.render()).values;
    console.log(
      `sampling ${sampling}: autoencoder digit score ${v.aeDigitScore.toFixed(2)} confidence ${v.aeConfidence.toFixed(2)} | GAN digit score ${v.ganDigitScore.toFixed(2)} confidence ${v.ganConfidence.toFixed(2)} | real digits ${v.realDigitScore.toFixed(2)} confidence ${v.realConfidence.toFixed(2)}`,
    );
  }
  trainer.dispose();
}
