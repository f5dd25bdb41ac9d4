/**
 * What the cell views draw reads in the page's language: on Korean pages,
 * after one training step, the words of every view (legends, axis labels,
 * captions, the chart descriptions screen readers get, and the text
 * alternative of the whole view) are Korean; what remains in Latin letters
 * is notation (D(x), p_data, slerp, MSE, …). The English twin keeps its
 * English words.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForSteps } from './fixtures';

/** Latin words that are notation or names in both editions, not English left untranslated. */
const NOTATION = new Set(['data', 'slerp', 'lerp', 'log', 'softplus', 'nats', 'MSE', 'GAN', 'DCGAN', 'AdaIN', 'decoder', 'generator']);

const KOREAN_CELLS: [lesson: string, cells: string[]][] = [
  ['ko/lessons/minimax-game/', ['gan-1d', 'saturation', 'gan-2d']],
  ['ko/lessons/from-autoencoders-to-gans/', ['cnn-blocks', 'autoencoder', 'ae-vs-gan']],
  ['ko/lessons/dcgan/', ['dcgan', 'latent-walk']],
  ['ko/lessons/cyclegan/', ['cycle-2d', 'cycle-images']],
  ['ko/lessons/gan-gallery/', ['lsgan', 'sgan', 'acgan', 'adain', 'custom-loss']],
];

/** Every word a view shows or describes: its visible text, its aria-labels and the cell's text alternative. */
function viewWords(cell: Locator): Promise<string> {
  return cell.evaluate((root) => {
    const view = root.querySelector('[data-view]');
    const parts = [(view as HTMLElement | null)?.innerText ?? ''];
    // Charts, canvases and tables carry their descriptions; Plot's own aria-labels on mark groups ("x-axis tick") are not the course's words.
    for (const el of view?.querySelectorAll('svg[aria-label], canvas[aria-label], table[aria-label], [aria-valuetext], [title]') ?? []) {
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('aria-valuetext') ?? '', el.getAttribute('title') ?? '');
    }
    // Axis labels are SVG text, which innerText may leave out.
    for (const el of view?.querySelectorAll('svg text') ?? []) parts.push(el.textContent ?? '');
    parts.push(root.querySelector('[data-view-description]')?.textContent ?? '');
    return parts.join('\n');
  });
}

const englishWords = (text: string) => [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !NOTATION.has(w));

async function stepOnce(page: Page, cellId: string): Promise<Locator> {
  const cell = page.locator(`[data-cell="${cellId}"]`);
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-action="step"]').click();
  await waitForSteps(page, cellId, 1, 90_000);
  // The view has drawn (a chart or a canvas) and its text alternative replaced the placeholder.
  await expect(cell.locator('[data-view] svg, [data-view] canvas').first()).toBeVisible();
  return cell;
}

for (const [lesson, cells] of KOREAN_CELLS) {
  for (const cellId of cells) {
    test(`/${lesson} ${cellId}: the view's words are Korean after a step`, async ({ guarded: page }) => {
      test.setTimeout(150_000);
      await page.goto(lesson);
      const cell = await stepOnce(page, cellId);
      // Captions and the description follow the payload a frame or two after the step lands.
      await expect.poll(async () => englishWords(await viewWords(cell)), { timeout: 15_000 }).toEqual([]);
      expect(await viewWords(cell)).toMatch(/\p{Script=Hangul}/u);
    });
  }
}

test('the English twin keeps its English legend and description', async ({ guarded: page }) => {
  await page.goto('lessons/minimax-game/');
  const cell = await stepOnce(page, 'gan-1d');
  await expect(cell.locator('[data-view]')).toContainText('real p_data');
  await expect(cell.locator('[data-view]')).toContainText('D*(x), optimal');
  await expect(cell.locator('[data-view-description]')).toContainText('Generated samples have mean');
  expect(await viewWords(cell)).not.toMatch(/\p{Script=Hangul}/u);
});
