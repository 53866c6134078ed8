// Provenance lens (issue #9): the comparison of an article's copies, the naming facets and
// their outlet × name chart, synonym search with its toggle, and the reader's quote drift.
// Expected values come from the served corpus.json, not from numbers written here.
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

const GROUP_NAME = 'Name used for the group';
const CAMP_NAME = 'Name used for the camp';

async function corpus(page) {
  return page.evaluate(async () => (await fetch('data/corpus.json')).json());
}

test('an article with several copies compares them with marked differences', async ({ app, page }) => {
  await app.goto();
  const data = await corpus(page);
  const copied = data.articles.filter((a) => a.copies.length > 1);
  expect(copied.length).toBeGreaterThan(0);
  const csm = copied.find((a) => a.outlet === 'csm') ?? copied[0];
  await app.goto(`?article=${encodeURIComponent(csm.id)}`);
  const section = page.getByRole('region', { name: 'Compare the copies' });
  await expect(section).toBeVisible();
  // Every copy is offered, with its host site and date.
  const first = section.getByLabel('Compare', { exact: true });
  await expect(first.locator('option')).toHaveCount(csm.copies.length);
  const summary = section.locator('.cmp-summary');
  await expect(summary).toContainText('sentences the same');
  const numbers = (await summary.locator('span').allTextContents()).map((t) => Number(t.match(/\d+/)[0]));
  const [same, onlyFirst, onlySecond, reworded] = numbers;
  expect(same).toBeGreaterThan(0);
  expect(onlyFirst + onlySecond + reworded).toBeGreaterThan(0);
  // The list shows exactly the differences the summary counts, each marked.
  await expect(section.locator('.cmp-removed')).toHaveCount(onlyFirst);
  await expect(section.locator('.cmp-added')).toHaveCount(onlySecond);
  await expect(section.locator('.cmp-changed')).toHaveCount(reworded);
  expect(await section.locator('.cmp-changes del, .cmp-changes ins').count()).toBeGreaterThan(0);
  // Swapping the copies swaps "only in" counts.
  await first.selectOption('1');
  await section.getByLabel('with', { exact: true }).selectOption('0');
  const swapped = (await summary.locator('span').allTextContents()).map((t) => Number(t.match(/\d+/)[0]));
  expect(swapped).toEqual([same, onlySecond, onlyFirst, reworded]);
  // The same copy twice is not a comparison.
  await first.selectOption('0');
  await expect(section).toContainText('Pick two different copies');
  expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
});

test('the naming facets count what filtering shows, and the chart agrees', async ({ app }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  for (const legend of [GROUP_NAME, CAMP_NAME]) {
    await ex.expand(legend);
    const values = (await ex.facetValues(legend)).filter((v) => v.count > 0);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values.slice(0, 5)) {
      const box = ex.checkbox(legend, value.label);
      await box.check();
      await ex.expectCount(value.count);
      // The chart, drawn from the same results, counts the same articles for this name.
      const lens = legend === GROUP_NAME ? 'name' : 'camp';
      const chart = app.page.locator(`.naming-chart[data-lens="${lens}"]`);
      // The chart follows the results once they have painted; its table is built when "As a
      // table" is opened, and stays open while the chart changes.
      if (!(await chart.locator('details.nc-table').evaluate((d) => d.open))) await chart.locator('.nc-table summary').click();
      const table = chart.locator('table');
      await expect.poll(async () => {
        const at = (await table.locator('thead th').allTextContents()).indexOf(value.label);
        if (at < 1) return `no column for ${value.label}`;
        const cells = await table.locator(`tbody tr td:nth-child(${at + 1})`).allTextContents();
        return cells.reduce((s, n) => s + Number(n), 0);
      }).toBe(value.count);
      await box.uncheck();
    }
  }
  // Pejorative labels are shown as quoted words.
  const labels = (await ex.facetValues(GROUP_NAME)).map((v) => v.label);
  expect(labels.some((l) => l.startsWith('“'))).toBeTruthy();
  await expect(app.page.locator('.naming-chart svg[role="img"]')).toHaveCount(2);
  expect(await app.page.locator('.nc-svg circle').count()).toBeGreaterThan(0);
});

test('the naming chart redraws in place: its open table and the focus stay when the results change', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=PMOI&syn=off');
  const chart = page.locator('.naming-chart[data-lens="name"]');
  const svg = chart.locator('svg[role="img"]');
  const summary = chart.locator('.nc-table summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(chart.locator('table')).toBeVisible();
  await summary.evaluate((s) => { s.dataset.marked = 'yes'; });
  const before = await chart.locator('tbody').textContent();
  // A change of results that does not move the focus: an in-app navigation to every article.
  await page.evaluate(() => {
    history.pushState(null, '', location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  });
  await expect(chart.locator('tbody')).not.toHaveText(before);
  // The same element still has the focus, and the table is still open with the new numbers.
  expect(await page.evaluate(() => document.activeElement?.dataset.marked)).toBe('yes');
  await expect(chart.locator('details.nc-table')).toHaveJSProperty('open', true);
  // Drawn from the same numbers: a circle per non-zero cell of the table, a row per outlet.
  const label = await svg.getAttribute('aria-label');
  await expect(chart.locator('tbody tr')).toHaveCount(Number(label.match(/across (\d+) outlets/)[1]));
  const cells = (await chart.locator('tbody td').allTextContents()).map(Number).filter((n) => n > 0);
  const circles = (await svg.locator('.nc-cell text').allTextContents()).map(Number);
  expect(circles.sort()).toEqual(cells.sort());
  expect(circles.length).toBeGreaterThan(0);
});

test('a search for one alias finds every alias, highlighted; the toggle searches the word only', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=PMOI');
  const withSynonyms = await ex.count();
  const toggle = page.getByRole('checkbox', { name: /other names of the same/ });
  await expect(toggle).toBeVisible();
  await expect(toggle).toBeChecked();
  await expect(page.locator('.syn-note')).toContainText('MKO');
  // Every result shows a highlighted alias in its title or snippet.
  const hits = ex.results;
  await expect(hits).toHaveCount(withSynonyms);
  for (let i = 0; i < withSynonyms; i += 1) {
    await expect(hits.nth(i).locator('mark').first()).toBeVisible();
  }
  await toggle.uncheck();
  await expect(page).toHaveURL(/syn=off/);
  await expect(toggle).not.toBeChecked();
  const literal = await ex.count();
  expect(withSynonyms).toBeGreaterThan(literal);
  // The literal search highlights only the word itself.
  const marks = await page.locator('.result-list mark').allTextContents();
  for (const m of marks) expect(m.toLowerCase()).toContain('pmoi');
  // A bad value is dropped with a notice; synonyms stay on.
  await ex.open('?q=PMOI&syn=maybe');
  await expect(ex.notices.first()).toContainText('syn');
  await expect(toggle).toBeChecked();
  // The reader marks the aliases too.
  await ex.open('?q=PMOI');
  await ex.openResult(0);
  await expect(page.locator('.article-text mark, .article h1 mark').first()).toBeVisible();
});

test('the reader shows a quote carried by several sources with its variants', async ({ app, page }) => {
  await app.goto();
  const data = await corpus(page);
  // An article whose quote text (folded) also appears in another article.
  const fold = (t) => t.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
  const byText = new Map();
  for (const q of data.quotes) {
    const key = fold(q.text);
    if (key.split(' ').length < 4) continue;
    byText.set(key, [...(byText.get(key) ?? []), q.article]);
  }
  const shared = [...byText.values()].find((arts) => new Set(arts).size > 1);
  expect(shared).toBeTruthy();
  await app.goto(`?article=${encodeURIComponent(shared[0])}`);
  const section = page.getByRole('region', { name: 'Quotes other sources carry too' });
  await expect(section).toBeVisible();
  await expect(section.locator('.drift-count').first()).toContainText(/Carried by \d+ sources/);
  expect(await section.locator('.drift-variant').count()).toBeGreaterThan(1);
  // A variant links to its own article at the quote.
  const link = section.locator('.drift-variant a').first();
  await link.click();
  await expect(page).toHaveURL(/quote=/);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the comparison, the synonym note and the naming chart fit a 360 px screen', async ({ app, page }) => {
    const ex = new ExplorerPage(app);
    await ex.open('?q=PMOI');
    await page.locator('.syn-note summary').first().tap();
    await page.locator('.nc-table summary').first().tap();
    await expect(page.locator('.nc-table table').first()).toBeVisible();
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    const data = await corpus(page);
    const copied = data.articles.find((a) => a.copies.length > 1);
    await app.goto(`?article=${encodeURIComponent(copied.id)}`);
    await expect(page.locator('.cmp-summary')).toBeVisible();
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});

for (const colorScheme of ['light', 'dark']) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`lens views have no axe-core violations (${colorScheme})`, async ({ app, page }) => {
      const ex = new ExplorerPage(app);
      await ex.open('?q=PMOI');
      await page.locator('.nc-table summary').first().click();
      await expect(page.locator('.nc-table table').first()).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
      const data = await corpus(page);
      const copied = data.articles.find((a) => a.copies.length > 1);
      await app.goto(`?article=${encodeURIComponent(copied.id)}`);
      await expect(page.locator('.cmp-summary')).toBeVisible();
      await page.locator('.cmp-same summary').first().click();
      expect(await app.axeViolations()).toEqual([]);
    });
  });
}
