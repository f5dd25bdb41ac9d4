/**
 * `npm run latent:arithmetic`: latent vector arithmetic on the pretrained
 * DCGAN generator, measured (issue: the latent lab). For each digit
 * attribute (ink, slant, width): average the codes of the 20% of 512 samples
 * with the most and with the least of it, add the difference to 256 other
 * codes, and count how many images moved the intended way, and how many
 * stayed the same digit by the course's classifier.
 *
 *   npm run latent:arithmetic                  # seed 1, scale 1
 *   npm run latent:arithmetic -- --seed 2 --scale 0.5
 *   npm run latent:arithmetic -- --within-digits   # most vs least of it among samples of the same digit
 */
import './lib/tfjsGradientsHook'; // first: routes tfjs-core's gradient import before tfjs loads

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { loadCheckpointAsset } = await import('../src/ml/checkpoint');
const { createDcganTrainer, loadDigitsAndClassifier } = await import('../src/ml/trainers/dcgan');
const { predictedClasses } = await import('../src/ml/metrics/digitScore');
const { ATTRIBUTE_NAMES, digitAttributes } = await import('../src/ml/metrics/digitAttributes');
const { addDirection, attributeDirection, attributeDirectionWithinGroups } = await import('../src/ml/latent/attributeDirection');
const { Rng } = await import('../src/ml/random');
const { nodeTrainerContext } = await import('./lib/nodeContext');

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const seed = option('seed', 1);
const scale = option('scale', 1);
const FIT = 512;
const APPLY = 256;
const SIZE = 28;

registerWasmKernels();
if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
const { digits, classifier } = await loadDigitsAndClassifier(nodeTrainerContext, 1);
const trainer = await createDcganTrainer({}, 1, digits, classifier);
const { weights } = await loadCheckpointAsset(nodeTrainerContext, 'weights/dcgan', trainer.getWeights(), (id) => trainer.layoutFor(id));
trainer.setWeights(weights);
const model = trainer.model;
const dim = model.options.latentSize;
const rng = new Rng(seed);
// Fixed batch-norm statistics, so each image depends on its own code only (not on the rest of its batch).
const stats = model.normStatistics(model.sampleLatent(FIT, new Rng(seed + 1000)));

const imagesOf = (codes: Float32Array) => model.generate(codes, stats);
const attributesOf = (pixels: Float32Array) =>
  Array.from({ length: pixels.length / (SIZE * SIZE) }, (_, i) => digitAttributes(pixels.subarray(i * SIZE * SIZE, (i + 1) * SIZE * SIZE), SIZE));
const classesOf = (pixels: Float32Array) =>
  tf.tidy(() => predictedClasses(classifier.predict(tf.tensor4d(pixels, [pixels.length / (SIZE * SIZE), SIZE, SIZE, 1]), 'sigmoid').dataSync() as Float32Array));

const fitCodes = model.sampleLatent(FIT, rng);
const fitImages = imagesOf(fitCodes);
const fitAttributes = attributesOf(fitImages);
const fitClasses = classesOf(fitImages);
const withinDigits = argv.includes('--within-digits');
const codes = model.sampleLatent(APPLY, rng);
const baseImages = imagesOf(codes);
const base = attributesOf(baseImages);
const baseClasses = classesOf(baseImages);
console.log(`Pretrained ${weights.modelId}; ${FIT} codes to find each direction${withinDigits ? ' (within each digit the classifier sees)' : ''}, ${APPLY} others moved by ${scale}× it (seed ${seed}).`);
for (const name of ATTRIBUTE_NAMES) {
  const values = fitAttributes.map((a) => a[name]);
  const direction = withinDigits ? attributeDirectionWithinGroups(fitCodes, dim, values, fitClasses, 0.2) : attributeDirection(fitCodes, dim, values, 0.2);
  for (const sign of [1, -1]) {
    const movedImages = imagesOf(addDirection(codes, direction, sign * scale));
    const moved = attributesOf(movedImages);
    const movedClasses = classesOf(movedImages);
    let right = 0;
    let same = 0;
    let change = 0;
    for (let i = 0; i < APPLY; i++) {
      const delta = moved[i][name] - base[i][name];
      if (Math.sign(delta) === sign) right += 1;
      if (movedClasses[i] === baseClasses[i]) same += 1;
      change += delta / APPLY;
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    console.log(
      `${sign > 0 ? 'more' : 'less'} ${name}: ${right}/${APPLY} moved the intended way; mean change ${(change / sd).toFixed(2)} standard deviations; ${same}/${APPLY} kept their digit`,
    );
  }
}
trainer.dispose();
