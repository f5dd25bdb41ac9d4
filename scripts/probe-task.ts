/**
 * Checks that a live task (components/learn/Task.astro) can be achieved:
 * trains the cell's trainer in Node from its defaults plus the given values,
 * for several seeds, feeding its metrics to the same TaskTracker the page
 * uses every `--chunk` steps, and prints the step at which each seed
 * achieved the task (or the metric's range when it did not).
 *
 *   npx tsx scripts/probe-task.ts --kind gan1d --values '{"generatorLoss":"minimax"}' \
 *     --metric dOfG --below 0.05 --for 200 --steps 3000 --seeds 1,2,3 [--chunk 20]
 *
 * Node's wasm backend on one core is slower than a browser's WebGL, so a task
 * reached here within N steps is reached within N steps in the page too.
 */
import '../src/ml/gradients';

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { findCellDefinition } = await import('../src/cells/index');
const { defaultValues } = await import('../src/cells/params');
const { trainerLoaderOf } = await import('../src/runtime/trainers');
const { nodeTrainerContext } = await import('./lib/nodeContext');
const { TaskTracker } = await import('../components/learn/taskCondition');

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));

const kind = arg('kind') ?? 'gan1d';
const def = findCellDefinition(kind);
if (!def) throw new Error(`unknown kind ${kind}`);
const values = JSON.parse(arg('values') ?? '{}') as Record<string, never>;
const condition = { metric: arg('metric') ?? '', below: num('below'), above: num('above'), forSteps: num('for') ?? 0, when: values };
const steps = num('steps') ?? 2000;
const chunk = num('chunk') ?? 20;
const seeds = (arg('seeds') ?? '1,2,3').split(',').map(Number);

await tf.setBackend('wasm');
registerWasmKernels();
await tf.ready();

for (const seed of seeds) {
  const hp = { ...defaultValues(def), ...values, seed };
  const factory = (await trainerLoaderOf(def)()).default;
  const trainer = await factory(hp as never, seed, nodeTrainerContext);
  const tracker = new TaskTracker(condition);
  const started = performance.now();
  let min = Infinity;
  let max = -Infinity;
  let doneAt: number | null = null;
  let step = 0;
  let last = 0;
  while (step < steps && doneAt === null) {
    const metrics = await trainer.train(chunk);
    step += chunk;
    last = metrics[condition.metric] ?? NaN;
    min = Math.min(min, last);
    max = Math.max(max, last);
    if (tracker.update({ step, metrics, applied: hp }).done) doneAt = step;
  }
  trainer.dispose();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${kind} seed ${seed}: ${doneAt === null ? `NOT achieved in ${steps} steps` : `achieved at step ${doneAt}`} ` +
      `(${condition.metric} ranged ${min.toFixed(3)}..${max.toFixed(3)}, last ${last.toFixed(3)}; ${seconds} s)`,
  );
}
