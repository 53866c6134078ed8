// Accessibility of the explorer and the reader in both colour schemes (axe-core), and the
// keyboard path: skip link, visible focus.
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

for (const colorScheme of ['light', 'dark']) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`filtered explorer and reader have no axe-core violations (${colorScheme})`, async ({ app, page }) => {
      const ex = new ExplorerPage(app);
      await ex.open('?q=liberty&quotes=yes');
      await expect(ex.results.first()).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
      await ex.openResult(0);
      await expect(page.locator('.article-text mark').first()).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
    });

    test(`timeline (with a range) and claims have no axe-core violations (${colorScheme})`, async ({ app, page }) => {
      await app.goto('?view=timeline&from=2011-04&to=2011-12-21');
      await expect(page.locator('.tl-entry.in-range').first()).toBeVisible();
      await page.locator('.tl-event summary').first().click();
      expect(await app.axeViolations()).toEqual([]);
      await app.goto('?view=claims');
      await expect(page.locator('.claims-geodesic').first()).toBeVisible();
      // Wait until every distance is measured (the border needs the map data).
      await expect(page.locator('.claims-measured > p:not(.muted):not(.claims-geodesic)')).toHaveCount(0);
      expect(await app.axeViolations()).toEqual([]);
    });

    test(`quote wall with a speaker panel and compared wordings has no axe-core violations (${colorScheme})`, async ({ app, page }) => {
      await app.goto('?view=wall&order=speaker');
      await page.locator('.quote-card .drift summary').first().click();
      await page.locator('.quote-speaker').first().click();
      await expect(page.locator('.speaker-panel')).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
      await page.getByLabel('Words in the quote').fill('zzzqqq');
      await expect(page.locator('.empty-state')).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
    });
  });
}

test('the skip link and a visible focus ring lead the keyboard to the content', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
