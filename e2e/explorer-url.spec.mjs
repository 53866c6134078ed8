// The view state lives in the URL: a link reproduces the view in a fresh browser, back and
// forward move through it, malformed parameters are dropped with a notice; and the explorer
// works on a phone.
import { test, expect } from './fixtures.mjs';
import { AppPage } from './pages/app-page.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

test('a copied link reproduces search, filters, sort and the open article in a fresh browser', async ({ app, page, browser }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  await ex.search('ashraf');
  await ex.checkbox('Direct quotes', 'Has quotes').check();
  await page.getByLabel('Sort').selectOption('oldest');
  const n = await ex.count();
  const titles = await ex.results.locator('h3 a').allTextContents();
  await ex.openResult(0);
  const link = page.url();
  const articleTitle = await page.locator('#article-title').textContent();

  const context = await browser.newContext();
  const fresh = new AppPage(await context.newPage(), app.baseUrl);
  await fresh.attach();
  await fresh.page.goto(link);
  await fresh.waitForApp();
  const other = new ExplorerPage(fresh);
  await expect(fresh.page.locator('#article-title')).toHaveText(articleTitle);
  await expect(other.searchBox).toHaveValue('ashraf');
  await fresh.page.getByRole('link', { name: /^← Results/ }).click();
  await other.expectCount(n);
  expect(await other.results.locator('h3 a').allTextContents()).toEqual(titles);
  await expect(other.checkbox('Direct quotes', 'Has quotes')).toBeChecked();
  await expect(fresh.page.getByLabel('Sort')).toHaveValue('oldest');
  fresh.expectClean();
  await context.close();
});

test('back and forward move through filters and the reader', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const total = await ex.count();
  await ex.checkbox('Direct quotes', 'Has quotes').check();
  const withQuotes = await ex.count();
  expect(withQuotes).toBeLessThan(total);
  await ex.openResult(0);
  const title = await page.locator('#article-title').textContent();

  await page.goBack();
  await ex.expectCount(withQuotes);
  await page.goBack();
  await ex.expectCount(total);
  await expect(ex.checkbox('Direct quotes', 'Has quotes')).not.toBeChecked();
  await page.goForward();
  await ex.expectCount(withQuotes);
  await page.goForward();
  await expect(page.locator('#article-title')).toHaveText(title);
});

test('malformed parameters are dropped with a dismissible notice', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=camp&sort=sideways&from=2011-13-40&outlet=no-such-outlet&view=nowhere&article=');
  await expect(ex.notices).toBeVisible();
  for (const param of ['sort', 'from', 'outlet', 'view', 'article']) {
    await expect(ex.notices).toContainText(param);
  }
  // What was usable stays; the URL is cleaned.
  await expect(ex.searchBox).toHaveValue('camp');
  await expect(page).toHaveURL(/\?q=camp$/);
  expect(await ex.count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(ex.notices).toHaveCount(0);
});

test('an unknown article id falls back to the results with a notice', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?article=no-such-article');
  await expect(ex.notices).toContainText('no such article');
  await expect(page.locator('#results-heading')).toBeVisible();
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('explorer and reader fit a 360 px screen; filters open on demand', async ({ app, page }) => {
    const ex = new ExplorerPage(app);
    await ex.open('?q=liberty');
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    // The filters start closed so the results come first.
    const summary = page.locator('.facets summary');
    await expect(ex.group('Original outlet')).toBeHidden();
    await summary.click();
    await expect(ex.group('Original outlet')).toBeVisible();
    const n = await ex.count();
    await ex.results.first().getByRole('heading').getByRole('link').tap();
    await expect(page.locator('#article-title')).toBeVisible();
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
    await expect(page.locator('.reader-nav .position')).toHaveText(`1 of ${n}`);
  });
});

test('the header says when the browser is offline', async ({ app, page, context }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const indicator = page.locator('.offline');
  await expect(indicator).toBeHidden();
  // The service worker registers once the first screen is up (public/boot.js); going offline
  // before it has fetched sw.js would only log the failed fetch.
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await expect(indicator).toBeVisible();
  await expect(indicator).toContainText('Offline');
  // Search keeps working: everything is in the page.
  await ex.search('liberty');
  expect(await ex.count()).toBeGreaterThan(0);
  await context.setOffline(false);
  await expect(indicator).toBeHidden();
});
