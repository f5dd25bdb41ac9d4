/**
 * Bad input on every cell of every page (pages and cells are enumerated from
 * the build, so new lessons are covered): number controls refuse empty, NaN
 * and out-of-range values inline and training never sees them; crafted URLs
 * are ignored and nothing reaches the page as HTML. On Korean pages every
 * message and button name checked is the Korean one.
 */
import { cellIds, cellPages, expect, test } from './fixtures';

/** What the learner reads, per edition (Korean pages are `ko/…`; the Korean is src/i18n/ko/interface.ts's). */
function wordsOf(lesson: string) {
  return lesson.startsWith('ko/')
    ? {
        // 'Training keeps using {value}.'
        keepsUsing: (value: string) => `계속 ${value} 값을 씁니다`,
        copyLink: '링크 복사',
        ignored: '무시했습니다',
        // English that would mean a message was left untranslated.
        english: /\b(enter a|between|not a number|out of range|keeps using|was ignored|default was kept)\b/i,
      }
    : { keepsUsing: (value: string) => `keeps using ${value}`, copyLink: 'Copy link', ignored: 'ignored', english: null };
}

for (const lesson of cellPages()) {
  const words = wordsOf(lesson);

  test(`every number control on ${lesson} refuses empty, NaN and out-of-range values`, async ({ guarded: page }) => {
    await page.goto(lesson);
    const keepsUsing = words.keepsUsing('{value}');
    const english = words.english?.source ?? null;
    for (const id of await cellIds(page)) {
      const cell = page.locator(`[data-cell="${id}"]`);
      // In the page, in one go (the cell validates synchronously on 'change'):
      // each bad value as a learner's typing or pasting would commit it.
      const result = await cell.evaluate((root, { cellId, keepsUsing, english }) => {
        const problems: string[] = [];
        const originals: Record<string, string> = {};
        const commit = (el: HTMLInputElement, v: string) => {
          el.value = v;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        };
        const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-params] input[type="number"]')];
        for (const input of inputs) {
          const original = input.value;
          originals[input.name] = original;
          const error = root.querySelector(`#${CSS.escape(`${cellId}-${input.name}-error`)}`);
          for (const bad of ['', 'abc', String(Number(input.min) - 1), String(Number(input.max) + 1)]) {
            commit(input, bad);
            if (input.getAttribute('aria-invalid') !== 'true') problems.push(`${input.name}="${bad}" not marked invalid`);
            const text = error?.textContent ?? '';
            if (!text.includes(keepsUsing.replace('{value}', original))) problems.push(`${input.name}="${bad}": message "${text}"`);
            if (english && new RegExp(english, 'i').test(text)) problems.push(`${input.name}="${bad}": English in "${text}"`);
          }
        }
        return { problems, originals, count: inputs.length };
      }, { cellId: id, keepsUsing, english });
      expect(result.problems, id).toEqual([]);
      if (!result.count) continue;
      // The values training uses are still the old ones: a shared link carries no bad value.
      await cell.getByRole('button', { name: words.copyLink, exact: true }).click();
      const shared = new URL((await cell.locator('[data-share-link]').getAttribute('href')) ?? '', page.url()).searchParams;
      for (const [name, original] of Object.entries(result.originals)) {
        const value = shared.get(`${id}.${name}`);
        expect(value === null || value === original, `${id}.${name} in the shared link is ${value}`).toBe(true);
      }
      // A valid value clears every message.
      const cleared = await cell.evaluate((root, originals) => {
        const left: string[] = [];
        for (const [name, v] of Object.entries(originals)) {
          const input = root.querySelector<HTMLInputElement>(`[data-params] [name="${name}"]`)!;
          input.value = v;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          if (input.getAttribute('aria-invalid') === 'true') left.push(name);
        }
        return left;
      }, result.originals);
      expect(cleared, id).toEqual([]);
      await expect(cell.locator('.param-error:not(:empty)')).toHaveCount(0);
    }
  });

  test(`crafted URLs on ${lesson} are ignored and never injected`, async ({ guarded: page }) => {
    await page.goto(lesson);
    const ids = await cellIds(page);
    const defaults = new Map<string, string>();
    const query = new URLSearchParams();
    for (const id of ids) {
      const controls = page.locator(`[data-cell="${id}"] [data-params] [name]`);
      const names = await controls.evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).type === 'checkbox' ? String((e as HTMLInputElement).checked) : (e as HTMLInputElement).value]));
      names.forEach(([name, value], i) => {
        defaults.set(`${id}.${name}`, value);
        const crafted = ['<img src=x onerror="window.__pwned=1">', '1e999', '9'.repeat(300), '"><script>window.__pwned=1</script>', 'NaN', '-Infinity'];
        query.set(`${id}.${name}`, crafted[i % crafted.length]);
      });
      query.set(`${id}.__proto__`, '1');
      query.set(`${id}.<b>bold</b>`, 'x'.repeat(300));
    }
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${lesson}?${query}`);
    for (const id of ids) {
      const cell = page.locator(`[data-cell="${id}"]`);
      await expect(cell.locator('[data-notice]')).toBeVisible();
      await expect(cell.locator('[data-notice]')).toContainText(words.ignored);
      if (words.english) await expect(cell.locator('[data-notice]')).not.toContainText(words.english);
      expect(await cell.locator('[data-notice] *:not(button)').count(), `${id}: notice holds text only`).toBe(0);
    }
    for (const [key, value] of defaults) {
      const [id, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
      const control = page.locator(`[data-cell="${id}"] [data-params] [name="${name}"]`);
      const now = await control.evaluate((e: HTMLInputElement) => (e.type === 'checkbox' ? String(e.checked) : e.value));
      expect(now, `${key} keeps its default`).toBe(value);
    }
    expect(await page.locator('gan-cell img, gan-cell b, gan-cell script:not([data-config])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
}
