/**
 * A cell on a Korean page speaks Korean: its buttons (found by data-action,
 * the test contract on every edition), its status line, the notices of the
 * page (a link's ignored settings), what the training worker sends (a
 * diverged run) and the checkpoint panel, including a refusal the worker's
 * checkpoint checks write. The Korean is src/i18n/ko/interface.ts's.
 */
import { debugCell, expect, test, waitForSteps } from './fixtures';

test('the buttons, status, link notices and worker messages of a cell are Korean on a Korean page', async ({ guarded: page }) => {
  await page.goto('ko/lessons/minimax-game/?gan-1d.lrD=abc&backend=bogus');
  const cell = page.locator('[data-cell="gan-1d"]');
  const button = (action: string) => cell.locator(`[data-action="${action}"]`);
  await expect(button('run')).toHaveText('실행');
  await expect(button('pause')).toHaveText('일시정지');
  await expect(button('step')).toHaveText('스텝');
  await expect(button('reset')).toHaveText('초기화');
  await expect(button('copy-link')).toHaveText('링크 복사');
  await expect(cell.locator('[data-status]')).toHaveText('실행(또는 Shift+Enter)을 누르면 이 모델이 브라우저에서 학습합니다.');
  await expect(cell.locator('.param-apply').first()).toHaveText(/^(즉시|초기화 시)$/);

  // The link's bad value and unknown backend: a notice in Korean, the parameter check's sentence included.
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('링크에 있던 설정 일부는 무시했습니다');
  await expect(notice).toContainText('"abc"은(는) 수가 아닙니다');
  await expect(notice).toContainText('기본값을 유지했습니다');
  await expect(notice).toContainText('"backend=bogus"은(는) 이 코스의 백엔드(webgl, wasm, cpu)가 아닙니다');

  await button('step').click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await expect(button('run')).toHaveText('계속');
  await expect(cell.locator('[data-status]')).toHaveText('1스텝에서 일시정지했습니다.');
  await expect(cell.locator('[data-backend-badge]')).not.toContainText('threads');

  // A sentence from the worker, with its values, in Korean.
  await button('run').click();
  await waitForSteps(page, 'gan-1d', 20);
  await debugCell(page, 'gan-1d', 'diverge');
  await expect(cell).toHaveAttribute('data-state', 'paused');
  await expect(notice).toContainText('학습이 발산했습니다');
  await expect(notice).toContainText('학습률을 낮추고 초기화를 누르거나');
  await expect(notice).not.toContainText('training diverged');
});

test('a Korean page loads its interface table as one cached script, and an English page none', async ({ guarded: page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/\/interface-strings\.js\?v=[0-9a-f]{10}$/.test(request.url())) loaded.push(new URL(request.url()).pathname);
  });
  await page.goto('ko/lessons/minimax-game/');
  // Text the page's script writes (not the build): the table was read.
  const cell = page.locator('[data-cell="gan-1d"]');
  await cell.locator('[data-action="step"]').click();
  await expect(cell.locator('[data-status]')).toHaveText('1스텝에서 일시정지했습니다.');
  // Not inline in the page: the file, deferred and first of the document's scripts, so before any module.
  expect(await page.locator('#interface-strings').count()).toBe(0);
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script:not([type="application/json"])')].map((s) => `${s.getAttribute('type') ?? 'classic'} ${s.src ? new URL(s.src).pathname : 'inline'}`),
  );
  expect(scripts[0]).toMatch(/^classic \/(.+\/)?interface-strings\.js$/);
  expect(await page.locator('script[src*="interface-strings"]').getAttribute('defer')).not.toBeNull();
  expect(loaded).toHaveLength(1);

  await page.goto('lessons/minimax-game/');
  await page.locator('[data-cell="gan-1d"] [data-action="step"]').click();
  await expect(page.locator('[data-cell="gan-1d"] [data-status]')).toHaveText('Paused at step 1.');
  expect(await page.locator('script[src*="interface-strings"]').count()).toBe(0);
});

test('the checkpoint panel and its refusals are Korean on a Korean page', async ({ guarded: page }) => {
  await page.goto('ko/lessons/cyclegan/');
  const cell = page.locator('[data-cell="cycle-2d"]');
  await expect(cell.locator('[data-action="save-checkpoint"]')).toHaveText('체크포인트 저장');
  await expect(cell.locator('[data-checkpoint-list] option')).toHaveText(['아직 체크포인트가 없습니다']);
  await cell.locator('[data-action="step"]').click();
  await expect(cell).toHaveAttribute('data-step', '1');
  await cell.locator('[data-action="save-checkpoint"]').click();
  await expect(cell.locator('[data-status]')).toHaveText('1스텝에서 체크포인트를 저장했습니다. 지우기 전까지 남아 있습니다.');
  await expect(cell.locator('[data-checkpoint-list] option')).toHaveText([/^1스텝 \(직접 저장, /]);

  // A file that is no checkpoint: the worker's checkpoint check refuses it, and the learner reads why in Korean.
  await cell.locator('[data-upload]').setInputFiles({ name: 'notes.ganweights', mimeType: 'application/octet-stream', buffer: Buffer.from('hello') });
  const notice = cell.locator('[data-notice]');
  await expect(notice).toContainText('파일 "notes.ganweights"을(를) 불러오지 못했습니다');
  await expect(notice).toContainText('파일이 너무 짧아서(5바이트) 체크포인트일 수 없습니다. 지금 모델은 그대로 두었습니다.');
});
