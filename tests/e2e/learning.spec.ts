/**
 * Learning that checks itself (components/learn): a prediction is committed
 * before its reason shows, a live task is completed by driving its cell,
 * and both are found on the home page after a reload; a corrupt stored
 * record is ignored; the clear control empties it after a confirmation.
 */
import { expect, test } from './fixtures';

const LESSON = 'lessons/minimax-game/';

test('a prediction and a live task are recorded, shown on the home page after a reload, and cleared', async ({ guarded: page }) => {
  await page.goto(LESSON);

  // Predict: the reason stays hidden until the learner commits, and committing needs a choice.
  const predict = page.locator('[data-check="mean-before-spread"]');
  const reason = predict.locator('details[data-reason]');
  await expect(reason).toBeHidden();
  await predict.getByRole('button', { name: 'Commit' }).click();
  await expect(predict.getByRole('status')).toHaveText(/Choose an answer first/);
  await expect(predict).not.toHaveAttribute('data-done', 'true');
  // Keyboard: focus the first choice, move to the second with an arrow key, commit with Enter.
  await predict.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(predict.getByRole('radio').nth(1)).toBeChecked();
  await predict.getByRole('button', { name: 'Commit' }).focus();
  await page.keyboard.press('Enter');
  await expect(predict).toHaveAttribute('data-done', 'true');
  await expect(reason).toBeVisible();
  await expect(reason).toHaveAttribute('open', '');
  await expect(predict.getByRole('status')).toHaveText(/You predicted “Generated std gets to about 0.5”. The run says otherwise/);

  // Task: the saturation cell's generator escapes once the loss is non-saturating.
  const task = page.locator('[data-task="escape-saturation"]');
  await expect(task).not.toHaveAttribute('data-done', 'true');
  await expect(task.locator('[data-goal]')).toHaveText(/Generated mean between 2.7 and 3.3 for 100 steps in a row, with Generator loss = Non-saturating/);
  const cell = page.locator('[data-cell="saturation"]');
  // With the minimax loss the run does not count, however long it goes.
  await cell.getByRole('button', { name: 'Run' }).click();
  await expect(task.getByRole('status')).toHaveText(/Not counted yet/, { timeout: 30_000 });
  await cell.locator('[name="generatorLoss"]').selectOption('non-saturating');
  await expect(task).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  await expect(task.getByRole('status')).toHaveText(/Done at step \d+/);
  await cell.getByRole('button', { name: 'Pause' }).click();
  // The lesson list in the sidebar counts both (4 predictions + 2 tasks in this lesson, no exercises yet).
  await expect(page.locator('.sidebar [data-lesson-progress="minimax-game"]')).toHaveText(/^2 of \d+ done$/);

  // Reload: both stay done on the lesson and appear on the home page, in either language.
  await page.reload();
  await expect(page.locator('[data-check="mean-before-spread"]')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('[data-task="escape-saturation"]')).toHaveAttribute('data-done', 'true');
  await page.goto('');
  const progress = page.locator('[data-progress="minimax-game"]');
  await expect(progress).toHaveText(/^1 of \d+ predictions · 1 of \d+ tasks · 0 of \d+ exercises$/);
  await expect(page.locator('[data-progress="dcgan"]')).toHaveText(/^0 of \d+ predictions/);
  await page.goto('ko/');
  await expect(page.locator('[data-progress="minimax-game"]')).toHaveText(/^예측 1\/\d+ · 과제 1\/\d+ · 연습 문제 0\/\d+$/);

  // Clear, after a confirmation; dismissing the confirmation keeps everything.
  await page.goto('');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(progress).toHaveText(/^1 of \d+ predictions/);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(progress).toHaveText(/^0 of \d+ predictions · 0 of \d+ tasks/);
  await page.goto(LESSON);
  await expect(page.locator('[data-check="mean-before-spread"] details[data-reason]')).toBeHidden();
});

test('a corrupt or old progress record is ignored without an error, and replaced by the next answer', async ({ guarded: page }) => {
  await page.goto('');
  for (const record of ['{"version":1,', JSON.stringify({ version: 0, lessons: { 'minimax-game': { predictions: ['mean-before-spread'] } } })]) {
    await page.evaluate((raw) => localStorage.setItem('gan-course:progress:v1', raw), record);
    await page.reload();
    await expect(page.locator('[data-progress="minimax-game"]')).toHaveText(/^0 of \d+ predictions/);
  }
  await page.goto(LESSON);
  const predict = page.locator('[data-check="ring-heatmap"]');
  await predict.getByRole('radio').nth(1).check();
  await predict.getByRole('button', { name: 'Commit' }).click();
  await expect(predict).toHaveAttribute('data-done', 'true');
  await page.goto('');
  await expect(page.locator('[data-progress="minimax-game"]')).toHaveText(/^1 of \d+ predictions/);
});

test('opening a worked solution records the exercise as opened', async ({ guarded: page }) => {
  await page.goto(LESSON);
  await page.evaluate(() => localStorage.clear());
  // Exercise.astro renders its solution as <details data-solution="<exercise id>">; a stand-in does here.
  const opened = await page.evaluate(async () => {
    const details = document.createElement('details');
    details.dataset.solution = 'd-star-at-a-point';
    details.innerHTML = '<summary>Solution</summary><p>…</p>';
    document.querySelector('main')!.append(details);
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    return JSON.parse(localStorage.getItem('gan-course:progress:v1') ?? 'null');
  });
  expect(opened.lessons['minimax-game'].exercises).toEqual(['d-star-at-a-point']);
});

test('a slider prediction needs an estimate before it commits, and is answered by keyboard', async ({ guarded: page }) => {
  await page.goto(LESSON);
  const predict = page.locator('[data-check="optimal-d-half"]');
  const slider = predict.getByRole('slider', { name: 'Your estimate' });
  await expect(slider).toHaveValue('0');
  await predict.getByRole('button', { name: 'Commit' }).click();
  await expect(predict.locator('[data-verdict]')).toHaveText(/Move the slider/);
  await expect(predict.locator('details[data-reason]')).toBeHidden();
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.5');
  await predict.getByRole('button', { name: 'Commit' }).click();
  await expect(predict).toHaveAttribute('data-done', 'true');
  await expect(predict.locator('[data-verdict]')).toHaveText(/You predicted “0.5”. That is what happens/);
});
