/**
 * Run by tests/unit/optimiserStability.test.ts in a child Node started with
 * --trace-deopt: trains one cell kind on wasm through the browser's path
 * (trainerLoaders, course kernels), prints a marker once warmed up, trains
 * on, and prints a second marker. V8's deoptimisation lines between the two
 * markers are what training costs the optimiser in its steady state.
 *
 *   node --import tsx --trace-deopt-verbose tests/unit/helpers/trainUnderDeoptTrace.ts dcgan 10 30
 */
import '../../../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does
import { DONE_MARKER, WARM_MARKER } from './deoptTrace';

const tf = await import('@tensorflow/tfjs-core');
const { cellDefinitions } = await import('../../../src/cells/index');
const { defaultValues } = await import('../../../src/cells/params');
const { trainerLoaderOf } = await import('../../../src/runtime/trainers');
const { nodeTrainerContext } = await import('../../../scripts/lib/nodeContext');
const { useBackend } = await import('./backend');

const [kind, warmSteps, measuredSteps] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
await useBackend('wasm');
const def = Object.values(cellDefinitions).find((d) => d.kind === kind);
if (!def) throw new Error(`unknown cell kind ${kind}`);
const hp = defaultValues(def);
const trainer = await (await trainerLoaderOf(def)()).default(hp, Number(hp.seed), nodeTrainerContext);
for (let i = 0; i < warmSteps; i++) await trainer.train(1);
console.log(WARM_MARKER);
for (let i = 0; i < measuredSteps; i++) await trainer.train(1);
console.log(DONE_MARKER);
trainer.dispose();
console.log(`tensors left: ${tf.memory().numTensors}`);
