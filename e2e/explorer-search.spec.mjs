// Explorer search: case and diacritics do not matter, words match by prefix, "quoted phrases"
// match exactly, hits are highlighted in titles and snippets, Esc and "/" work.
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

test('search is case-insensitive, prefix-matching and highlights its hits', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const total = await ex.count();
  expect(total).toBeGreaterThan(5);

  await ex.search('LIBERTY');
  await expect(page).toHaveURL(/[?&]q=LIBERTY/);
  const n = await ex.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  // Every result shows a highlighted hit that is the word searched for.
  for (let i = 0; i < n; i += 1) {
    const marks = ex.results.nth(i).locator('mark');
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('liberty');
  }

  // A prefix finds the whole word, and at least as much.
  await ex.search('libert');
  expect(await ex.count()).toBe(n);
  await expect(ex.results.first().locator('mark').first()).toHaveText(/^libert/i);

  // Diacritics in the query do not matter.
  await ex.search('Lìbêrty');
  expect(await ex.count()).toBe(n);
});

// The list is keyed by article: one that stays among the results keeps its element, so its
// marks, snippet and link must follow each keystroke (issue 7).
test('results kept while typing follow the search: marks, snippets and links', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const titlesNow = () => ex.results.locator('h3 a').allTextContents();
  await ex.searchBox.pressSequentially('camp', { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=camp/);
  const campTitles = await titlesNow();
  await ex.searchBox.press('Control+a');
  await ex.searchBox.pressSequentially('liberty', { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=liberty/);
  const libertyTitles = await titlesNow();
  const kept = libertyTitles.filter((t) => campTitles.includes(t));
  expect(kept.length).toBeGreaterThan(0);
  const n = libertyTitles.length;
  for (let i = 0; i < n; i += 1) {
    const result = ex.results.nth(i);
    for (const text of await result.locator('mark').allTextContents()) expect(text).toMatch(/^liberty$/i);
    await expect(result.locator('.snippet')).toContainText(/liberty/i);
    await expect(result.locator('h3 a')).toHaveAttribute('href', /[?&]q=liberty(&|$)/);
  }
  // A result opened straight after typing, before the URL has caught up, carries the search.
  await ex.searchBox.press('Control+a');
  await ex.searchBox.pressSequentially('maliki');
  await ex.openResult(0);
  await expect(page).toHaveURL(/[?&]q=maliki/);
  await page.getByRole('link', { name: /^← Results/ }).click();
  await expect(ex.searchBox).toHaveValue('maliki');
});

test('an exact phrase matches fewer articles than its words', async ({ app }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=camp+liberty');
  const words = await ex.count();
  await ex.search('"camp liberty"');
  const phrase = await ex.count();
  expect(phrase).toBeGreaterThan(0);
  expect(phrase).toBeLessThanOrEqual(words);
  const marks = await ex.results.first().locator('mark').allTextContents();
  expect(marks.some((m) => /^camp liberty$/i.test(m))).toBe(true);
  // Reversed words are not the phrase.
  await ex.search('"liberty camp"');
  expect(await ex.count()).toBeLessThan(phrase + 1);
});

test('"/" focuses the search box and Esc clears it', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=ashraf');
  const total = await ex.count();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(ex.searchBox).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ex.searchBox).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  expect(await ex.count()).toBeGreaterThanOrEqual(total);
});

test('a search with no match explains itself and offers a way back', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=zzzzqqq');
  await ex.expectCount(0);
  await expect(page.locator('.empty-state')).toContainText('No article matches');
  await page.getByRole('link', { name: /^Drop the search/ }).click();
  await expect(page).not.toHaveURL(/[?&]q=/);
  expect(await ex.count()).toBeGreaterThan(5);
});
