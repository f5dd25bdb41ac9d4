/**
 * Every lesson has at least three predictions and two live tasks, with ids
 * unique in the lesson (progress is recorded by id), and each task names a
 * cell the lesson embeds with the definition it names as `kind`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentAttribute, lessonStructure } from '../../src/i18n/lessonStructure';

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
