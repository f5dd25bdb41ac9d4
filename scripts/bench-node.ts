/**
 * Speed of the reference DCGAN (docs/toolchain.md) on Node's wasm backend: one
 * D step + one G step at batch 64, Adam, losses read back every step.
 *
 *   npx tsx scripts/bench-node.ts [--steps N] [--batch B] [--threads T] [--no-bn] [--baseline] [--profile]
 *
 * --baseline registers only the missing filter-gradient kernel (stock wasm
 * otherwise), to measure what the course's replacement kernels gain.
 * --kernels times each conv kernel alone at the DCGAN's layer shapes
 * (best of 7, process CPU time) instead of training steps.
 *
 * Prints first-step latency (includes XNNPACK operator setup), steady steps/s,
 * and with --profile the time per kernel over the measured steps.
 */
import './lib/tfjsGradientsHook'; // first: routes tfjs-core's gradient import before tfjs loads

const tf = await import('@tensorflow/tfjs-core');
const wasm = await import('@tensorflow/tfjs-backend-wasm');
const { registerWasmKernels } = await import('../src/ml/kernels');
const { conv2dBackpropFilterConfig } = await import('../src/ml/kernels/conv2dBackpropFilter');
const { Dcgan } = await import('../src/ml/models/dcgan');
const { createDcganOptimizers, dcganStep, disposeDcganOptimizers } = await import('../src/ml/train/dcganStep');
const { Rng } = await import('../src/ml/random');
type Tensor4D = import('@tensorflow/tfjs-core').Tensor4D;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const steps = arg('steps', 12);
const batch = arg('batch', 64);
const threads = arg('threads', 0);

async function main(): Promise<void> {
  if (threads > 0) wasm.setThreadsCount(threads);
  if (flag('baseline')) tf.registerKernel(conv2dBackpropFilterConfig);
  else registerWasmKernels();
  await tf.setBackend('wasm');
  await tf.ready();
  console.log(`tfjs ${tf.version_core}, backend ${tf.getBackend()}, wasm threads ${wasm.getThreadsCount()}`);

  if (flag('kernels')) {
    benchKernels();
    return;
  }

  const model = new Dcgan({ generatorBatchNorm: !flag('no-bn') }, 1);
  const optimizers = createDcganOptimizers(model);
  const rng = new Rng(2);
  const real = tf.tidy(() => tf.sub(tf.mul(tf.randomUniform([batch, 28, 28, 1], 0, 1, 'float32', 3), 2), 1) as Tensor4D);
  console.log(`model ${model.modelId}, batch ${batch}, kernels: ${flag('baseline') ? 'stock wasm + filter-grad only' : 'course'}`);

  let t0 = performance.now();
  dcganStep(model, optimizers, real, rng);
  console.log(`first step: ${(performance.now() - t0).toFixed(0)} ms`);
  dcganStep(model, optimizers, real, rng); // warm-up

  const before = tf.memory().numTensors;
  if (flag('profile')) {
    // Every wasm kernel wrapped to sum this process's CPU time per kernel
    // (robust on a shared machine, unlike tf.profile's wall time). The course
    // kernels call the backend's BatchMatMul/Transpose from inside; those
    // nested calls count toward the outer kernel only.
    const byKernel = new Map<string, { us: number; calls: number }>();
    let depth = 0;
    for (const config of tf.getKernelsForBackend('wasm')) {
      const inner = config.kernelFunc;
      const entry = { us: 0, calls: 0 };
      byKernel.set(config.kernelName, entry);
      tf.unregisterKernel(config.kernelName, 'wasm');
      tf.registerKernel({
        ...config,
        kernelFunc: (args) => {
          if (depth > 0) return inner(args);
          depth++;
          const c0 = process.cpuUsage();
          try {
            return inner(args);
          } finally {
            const c = process.cpuUsage(c0);
            depth--;
            entry.us += c.user + c.system;
            entry.calls += 1;
          }
        },
      });
    }
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < steps; i++) dcganStep(model, optimizers, real, rng);
    const cpu = process.cpuUsage(cpu0);
    const stepMs = (cpu.user + cpu.system) / 1000 / steps;
    const rows = [...byKernel.entries()].filter(([, e]) => e.calls > 0).sort((a, b) => b[1].us - a[1].us);
    const kernelMs = rows.reduce((s, [, e]) => s + e.us, 0) / 1000 / steps;
    console.log(`\nCPU time per step over ${steps} steps: ${stepMs.toFixed(1)} ms (${(1000 / stepMs).toFixed(2)} steps/s), in kernels ${kernelMs.toFixed(1)} ms, outside (JS, tape, optimizer bookkeeping) ${(stepMs - kernelMs).toFixed(1)} ms`);
    for (const [name, e] of rows) {
      const ms = e.us / 1000 / steps;
      console.log(`${name.padEnd(24)} ${ms.toFixed(2).padStart(8)} ms ${((100 * ms) / stepMs).toFixed(1).padStart(5)}%  ${(e.calls / steps).toFixed(0).padStart(4)} calls`);
    }
  } else {
    // Wall time, and this process's CPU time: on a shared machine the second
    // shows what an otherwise idle core would give (the backend is single-threaded).
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < steps; i++) dcganStep(model, optimizers, real, rng);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(`steady: ${(steps / seconds).toFixed(2)} steps/s wall (${((1000 * seconds) / steps).toFixed(0)} ms/step over ${steps} steps)`);
    console.log(`        ${(steps / cpuSeconds).toFixed(2)} steps/s by process CPU time (${((1000 * cpuSeconds) / steps).toFixed(0)} ms/step)`);
  }
  console.log(`tensor leak per step: ${(tf.memory().numTensors - before) / steps}`);
  real.dispose();
  disposeDcganOptimizers(optimizers);
  model.dispose();
}

/** Best-of-7 CPU time of `run`, in ms. */
function bestCpuMs(run: () => void): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/** Each conv kernel alone at the DCGAN's layer shapes (5×5, stride 2, same). */
function benchKernels(): void {
  const layers: [string, number, number, number, number][] = [
    // name, batch, input size, input channels, output channels
    ['D conv2 (real+fake, b128)', 128, 14, 32, 64],
    ['G deconv1 / D conv2 (b64)', 64, 14, 32, 64],
    ['D conv1 (real+fake, b128)', 128, 28, 1, 32],
    ['G deconv2 / D conv1 (b64)', 64, 28, 1, 32],
  ];
  console.log('layer                          kernel                 ms (CPU, best of 7)  GFLOP/s');
  for (const [name, b, size, cin, cout] of layers) {
    const out = size / 2;
    const x = tf.randomNormal([b, size, size, cin]) as Tensor4D;
    const dy = tf.randomNormal([b, out, out, cout]) as Tensor4D;
    const w = tf.randomNormal([5, 5, cin, cout]) as Tensor4D;
    const flop = 2 * b * out * out * 25 * cin * cout;
    const runs: [string, () => void][] = [
      ['Conv2D (forward)', () => tf.conv2d(x, w, 2, 'same').dispose()],
      ['Conv2DBackpropInput', () => tf.conv2dTranspose(dy, w, [b, size, size, cin], 2, 'same').dispose()],
      ['Conv2DBackpropFilter', () =>
        (tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: [2, 2], pad: 'same', dataFormat: 'NHWC', filterShape: [5, 5, cin, cout] }) as Tensor4D).dispose()],
    ];
    for (const [kernel, run] of runs) {
      const ms = bestCpuMs(run);
      console.log(`${name.padEnd(30)} ${kernel.padEnd(22)} ${ms.toFixed(1).padStart(8)}  ${(flop / ms / 1e6).toFixed(1).padStart(14)}`);
    }
    tf.dispose([x, dy, w]);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
