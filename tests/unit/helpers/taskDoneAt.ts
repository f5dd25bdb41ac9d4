/**
 * The step at which a lesson's live task is done on a seeded run: the
 * trainer's metrics go to the page's own TaskTracker every 20 steps, as
 * `npx tsx scripts/probe-task.ts` does, so a task hint's "done by step N"
 * is asserted the way a learner's run is judged.
 */
import { TaskTracker, type TaskCondition } from '../../../components/learn/taskCondition';
import type { HyperValues, Metrics } from '../../../src/ml/trainer';

const CHECK_EVERY = 20;

export async function taskDoneAt(
  trainer: { train(steps: number): Metrics | Promise<Metrics> },
  applied: HyperValues,
  condition: TaskCondition,
  maxSteps: number,
): Promise<number | null> {
  const tracker = new TaskTracker(condition);
  for (let step = CHECK_EVERY; step <= maxSteps; step += CHECK_EVERY) {
    if (tracker.update({ step, metrics: await trainer.train(CHECK_EVERY), applied }).done) return step;
  }
  return null;
}
