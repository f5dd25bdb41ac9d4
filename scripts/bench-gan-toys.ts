/**
 * Steps per second of the toy GAN trainers (gan1d, gan2d) in Node on the
 * wasm and cpu backends, driven as the worker drives them: train(CHUNK)
 * (evaluation included), and render() every RENDER_EVERY_MS.
 *
 *   npx tsx scripts/bench-gan-toys.ts [--steps N]
 *
 * A benchmark, not a test: wall-clock numbers depend on the machine's load;
 * steps per CPU-second estimate the speed on one free core.
 */
import '../src/ml/gradients'; // tfjs-core's gradients, registered the way src/ml does

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-backend-wasm');
await import('@tensorflow/tfjs-backend-cpu');
const { default: createGan1d } = await import('../src/ml/trainers/gan1d');
const { gan1dCell } = await import('../src/cells/gan1d');
const { gan2dCell } = await import('../src/cells/gan2d');
const { defaultsFor } = await import('../src/cells/define');
const { default: createGan2d } = await import('../src/ml/trainers/gan2d');
type Factory = (hp: never, seed: number, context: typeof noAssets) => ReturnType<typeof createGan1d>;

/** What the worker's 40 ms chunks come to at a few hundred steps/s. */
const CHUNK = 16;
const RENDER_EVERY_MS = 250;
const stepsArg = process.argv.indexOf('--steps');
const STEPS = stepsArg > 0 ? Number(process.argv[stepsArg + 1]) : 800;
const noAssets = { loadAsset: () => Promise.reject(new Error('no assets')) };

async function bench<V>(name: string, factory: (hp: V, seed: number, context: typeof noAssets) => ReturnType<Factory>, hp: V, steps: number): Promise<void> {
  const trainer = await factory(hp, 1, noAssets);
  await trainer.train(CHUNK); // warm-up
  let renderMs = 0;
  let renders = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let lastRender = start;
  let done = 0;
  while (done < steps) {
    await trainer.train(CHUNK);
    done += CHUNK;
    if (performance.now() - lastRender >= RENDER_EVERY_MS) {
      const r0 = performance.now();
      await trainer.render();
      renderMs += performance.now() - r0;
      renders++;
      lastRender = performance.now();
    }
  }
  const secs = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // Steps per CPU-second: what one free core would do, whatever else the machine runs.
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const c0 = performance.now();
  await trainer.train(0);
  const evalMs = performance.now() - c0;
  console.log(
    `${tf.getBackend().padEnd(4)} ${name.padEnd(16)} ${(done / secs).toFixed(0).padStart(4)} steps/s wall, ${(done / cpuSecs).toFixed(0).padStart(4)} per CPU-second` +
      `  (${done} steps in ${secs.toFixed(1)} s; render ${(renderMs / Math.max(1, renders)).toFixed(1)} ms; evaluation ${evalMs.toFixed(1)} ms)`,
  );
  trainer.dispose();
}

for (const backend of ['wasm', 'cpu']) {
  await tf.setBackend(backend);
  await tf.ready();
  await bench('gan1d defaults', createGan1d, defaultsFor(gan1dCell), STEPS);
  await bench('gan1d dSteps=2', createGan1d, { ...defaultsFor(gan1dCell), dSteps: 2 }, STEPS);
  await bench('saturation', createGan1d, { ...defaultsFor(gan1dCell), generatorLoss: 'minimax', lrD: 0.3, lrG: 0.005, dSteps: 2 }, STEPS);
  await bench('gan2d defaults', createGan2d, defaultsFor(gan2dCell), STEPS);
}
