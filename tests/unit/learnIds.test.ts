/**
 * Every lesson has at least three predictions and two live tasks, with ids
 * unique in the lesson (progress is recorded by id), and each task names a
 * cell the lesson embeds with the definition it names as `kind`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentAttribute, lessonStructure } from '../../src/i18n/lessonStructure';
import { lessonItems } from '../../components/learn/lessonItems';

const LESSONS = resolve(import.meta.dirname, '../../lessons');
const files = readdirSync(LESSONS).filter((name) => name.endsWith('.mdx'));

describe('predictions and live tasks in every lesson', () => {
  for (const name of files) {
    it(`lessons/${name}: at least 3 predictions and 2 tasks, unique ids, tasks on cells of the lesson`, () => {
      const source = readFileSync(join(LESSONS, name), 'utf8');
      const predictions = componentAttribute(source, 'Predict', 'id');
      const tasks = componentAttribute(source, 'Task', 'id');
      expect(predictions.length).toBeGreaterThanOrEqual(3);
      expect(tasks.length).toBeGreaterThanOrEqual(2);
      const ids = [...predictions, ...tasks];
      expect(new Set(ids).size, 'ids unique in the lesson').toBe(ids.length);
      const cells = lessonStructure(source, name).cells;
      const taskCells = componentAttribute(source, 'Task', 'cell');
      const taskKinds = componentAttribute(source, 'Task', 'kind');
      taskCells.forEach((cell, i) => {
        expect(cells.find((c) => c.id === cell)?.definition, `Task ${tasks[i]} on cell ${cell}`).toBe(taskKinds[i]);
      });
    });
  }
});

describe('the totals the home page shows', () => {
  it('are read from the MDX at build time: Predict, Task and Exercise ids, in order', () => {
    const source = [
      '---', 'title: x', '---', "import Predict from '../components/learn/Predict.astro';", '',
      '<Predict id="a" question="?" choices={["x", "y"]} answer={0}>', '', 'Why.', '', '</Predict>', '',
      '<Task id="t" cell="gan-1d" kind="gan1d" metric="js" below={0.1} hint="h">', '', 'Do.', '', '</Task>', '',
      '<Exercise id="e1" title="One">', '', 'Q.', '', '</Exercise>', '',
      '<Predict id="b" question="?" range={{ min: 0, max: 1, step: 0.1 }} answer={0.5}>', '', 'Why.', '', '</Predict>',
    ].join('\n');
    expect(lessonItems(source)).toEqual({ predictions: ['a', 'b'], tasks: ['t'], exercises: ['e1'] });
  });
});
