import { describe, expect, it } from 'vitest';
import { TaskTracker } from '../../components/learn/taskCondition';
import { taskProblems } from '../../components/learn/taskCheck';
import { lessonFileOf } from '../../components/learn/lessonPath';

const report = (step: number, dOfG: number, applied: Record<string, string | number | boolean> = { generatorLoss: 'minimax', lrD: 0.2 }) => ({
  step,
  metrics: { dOfG },
  applied,
});

describe('a live task condition', () => {
  it('is done only once the metric has stayed below the bound for forSteps steps in a row', () => {
    const tracker = new TaskTracker({ metric: 'dOfG', below: 0.05, forSteps: 200 });
    expect(tracker.update(report(100, 0.04)).done).toBe(false);
    expect(tracker.update(report(250, 0.03))).toMatchObject({ done: false, holding: true, heldSteps: 150 });
    // A break starts the stretch again.
    expect(tracker.update(report(260, 0.2))).toMatchObject({ done: false, holding: false, heldSteps: 0 });
    expect(tracker.update(report(300, 0.01)).done).toBe(false);
    expect(tracker.update(report(450, 0.01)).done).toBe(false);
    expect(tracker.update(report(500, 0.01))).toMatchObject({ done: true, heldSteps: 200 });
    // Once done, it stays done whatever the run does next.
    expect(tracker.update(report(510, 0.9)).done).toBe(true);
  });

  it('does not let a stretch span a Reset (the step count going back)', () => {
    const tracker = new TaskTracker({ metric: 'dOfG', below: 0.05, forSteps: 200 });
    tracker.update(report(900, 0.01));
    tracker.update(report(1000, 0.01));
    expect(tracker.update(report(50, 0.01))).toMatchObject({ done: false, heldSteps: 0 });
    expect(tracker.update(report(250, 0.01)).done).toBe(true);
  });

  it('holds only with the required settings in force', () => {
    const tracker = new TaskTracker({ metric: 'dOfG', below: 0.05, when: { generatorLoss: 'minimax', lrD: 0.2 } });
    expect(tracker.update(report(10, 0.01, { generatorLoss: 'non-saturating', lrD: 0.2 }))).toMatchObject({ done: false, wrongSettings: ['generatorLoss'] });
    expect(tracker.update(report(20, 0.01, { generatorLoss: 'minimax', lrD: 0.05 })).wrongSettings).toEqual(['lrD']);
    expect(tracker.update(report(30, 0.01)).done).toBe(true);
  });

  it('treats a missing or non-finite metric as not holding, and honours above', () => {
    const tracker = new TaskTracker({ metric: 'score', above: 4 });
    expect(tracker.update({ step: 1, metrics: {}, applied: {} }).holding).toBe(false);
    expect(tracker.update({ step: 2, metrics: { score: Number.NaN }, applied: {} }).holding).toBe(false);
    expect(tracker.update({ step: 3, metrics: { score: 4 }, applied: {} }).holding).toBe(false);
    expect(tracker.update({ step: 4, metrics: { score: 4.1 }, applied: {} }).done).toBe(true);
  });
});

describe('a live task checked against its cell module at build time', () => {
  it('accepts names that exist', () => {
    expect(taskProblems('gan1d', { metric: 'dOfG', below: 0.05, forSteps: 200, when: { generatorLoss: 'minimax', dSteps: 2 } })).toEqual([]);
  });

  it('names a misspelt kind, metric, setting or option', () => {
    expect(taskProblems('gan-1d', { metric: 'dOfG', below: 1 }).join()).toMatch(/unknown cell kind "gan-1d"/);
    expect(taskProblems('gan1d', { metric: 'dofg', below: 1 }).join()).toMatch(/unknown metric "dofg"/);
    expect(taskProblems('gan1d', { metric: 'dOfG', below: 1, when: { generatorLos: 'minimax' } }).join()).toMatch(/unknown setting "generatorLos"/);
    expect(taskProblems('gan1d', { metric: 'dOfG', below: 1, when: { generatorLoss: 'minmax' } }).join()).toMatch(/generatorLoss.*minimax/);
    expect(taskProblems('gan1d', { metric: 'dOfG', below: 1, when: { lrD: '0.2' } }).join()).toMatch(/write 0.2, not "0.2"/);
    expect(taskProblems('gan1d', { metric: 'dOfG' }).join()).toMatch(/needs below or above/);
  });

  it('names the lesson file of either edition', () => {
    expect(lessonFileOf('/lessons/minimax-game/', 'en', 'en')).toBe('lessons/minimax-game.mdx');
    expect(lessonFileOf('/course/ko/lessons/dcgan/', 'ko', 'en')).toBe('lessons/ko/dcgan.mdx');
  });
});
