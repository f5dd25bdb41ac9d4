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
      const inputs = cell.locator('[data-params] input[type="number"]');
      const count = await inputs.count();
      for (let i = 0; i < count; i++) {
        const input = inputs.nth(i);
        const name = (await input.getAttribute('name'))!;
        const original = await input.inputValue();
        const min = Number(await input.getAttribute('min'));
        const max = Number(await input.getAttribute('max'));
        const error = cell.locator(`#${id}-${name}-error`);
        for (const bad of ['', 'abc', String(min - 1), String(max + 1)]) {
          // Set the raw value as a learner's typing or pasting would, then commit it.
          await input.evaluate((el: HTMLInputElement, v) => {
            el.value = v;
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }, bad);
          await expect(input, `${id}.${name} = "${bad}"`).toHaveAttribute('aria-invalid', 'true');
          await expect(error, `${id}.${name} = "${bad}"`).toContainText(`keeps using ${original}`);
        }
        // The value training uses is still the old one: a shared link carries no bad value.
        await cell.getByRole('button', { name: 'Copy link' }).click();
        const href = (await cell.locator('[data-share-link]').getAttribute('href')) ?? '';
        const shared = new URL(href, page.url()).searchParams.get(`${id}.${name}`);
        expect(shared === null || shared === original, `${id}.${name} in the shared link`).toBe(true);
        // A valid value clears the message.
        await input.fill(original);
        await input.dispatchEvent('change');
        await expect(input).not.toHaveAttribute('aria-invalid', 'true');
        await expect(error).toBeEmpty();
      }
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
