/**
 * Fault injection for the browser tests (tests/e2e/faults.spec.ts): a worker
 * that crashes, hangs, loses its WebGL context, or reports a NaN loss, as a
 * room of laptops meets them. The worker calls into this module only when
 * TEST_HOOKS (testBuild.ts) is set, so it is absent from learners' builds.
 */
import { sentence } from '../i18n/sentence';
import type { Trainer } from '../ml/trainer';
import { currentGl, type ContextGuard } from './diagnostics';
import type { DebugAction, WorkerEvent } from './protocol';

export type FaultAction = Exclude<DebugAction, 'memory'>;

/** The trainer whose next chunk 'diverge' spoils (the worker has one live session at a time). */
let instrumented: Trainer | null = null;
let divergeNext = false;

/** Lets 'diverge' make this trainer's next chunk report its first metric as NaN, once. */
export function instrumentTrainer(trainer: Trainer): Trainer {
  const train = trainer.train.bind(trainer);
  trainer.train = async (steps) => {
    const metrics = await train(steps);
    if (!divergeNext || instrumented !== trainer) return metrics;
    divergeNext = false;
    const first = Object.keys(metrics)[0] ?? 'loss';
    return { ...metrics, [first]: NaN };
  };
  instrumented = trainer;
  divergeNext = false;
  return trainer;
}

/** What a fault needs from the worker: its context guard (on webgl) and its event channel. */
export interface FaultTarget {
  guard: ContextGuard | null;
  emit: (event: WorkerEvent) => void;
}

export function injectFault(action: FaultAction, target: FaultTarget): void {
  switch (action) {
    case 'hang':
      // Busy forever, as a worker stuck in a kernel: no events, no pongs, no error.
      setTimeout(() => {
        // A call in the condition keeps the bundler from dropping the loop; it spins until the page terminates the worker.
        while (performance.now() >= 0) {
          /* stuck */
        }
      });
      return;
    case 'crash':
      // Uncaught, as a real bug would be: the page sees the worker's error event.
      setTimeout(() => {
        throw new Error('Simulated worker crash.');
      });
      return;
    case 'lose-context':
      if (!target.guard) {
        target.emit({ type: 'error', message: sentence('Not training on WebGL: there is no context to lose.'), hint: null, fatal: false });
        return;
      }
      // As a driver reset would: the context is lost at once, and the guard finds it so.
      currentGl()?.getExtension('WEBGL_lose_context')?.loseContext();
      target.guard.check();
      return;
    case 'diverge':
      divergeNext = true;
      return;
  }
}
