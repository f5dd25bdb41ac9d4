/**
 * Bad input on every cell of every page (pages and cells are enumerated from
 * the build, so new lessons are covered): number controls refuse empty, NaN
 * and out-of-range values inline and training never sees them; crafted URLs
 * are ignored and nothing reaches the page as HTML.
 */
import { cellIds, cellPages, expect, test } from './fixtures';

for (const lesson of cellPages()) {
  test(`every number control on ${lesson} refuses empty, NaN and out-of-range values`, async ({ guarded: page }) => {
    await page.goto(lesson);
    for (const id of await cellIds(page)) {
      const cell = page.locator(`[data-cell="${id}"]`);
      // In the page, in one go (the cell validates synchronously on 'change'):
      // each bad value as a learner's typing or pasting would commit it.
      const result = await cell.evaluate((root, cellId) => {
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
            if (!error?.textContent?.includes(`keeps using ${original}`)) problems.push(`${input.name}="${bad}": message "${error?.textContent}"`);
          }
        }
        return { problems, originals, count: inputs.length };
      }, id);
      expect(result.problems, id).toEqual([]);
      if (!result.count) continue;
      // The values training uses are still the old ones: a shared link carries no bad value.
      await cell.getByRole('button', { name: 'Copy link' }).click();
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
      await expect(cell.locator('[data-notice]')).toContainText('ignored');
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
