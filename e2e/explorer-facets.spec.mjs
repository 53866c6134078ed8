// Explorer facets: live counts equal the results they give, values of one facet combine with
// OR and facets with AND, active filters are removable chips, "Clear all" resets, and an empty
// combination says which filter to drop.
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

const OUTLET = 'Original outlet';
const PLACE = 'Places mentioned';

test('each facet count equals the number of results of choosing it', async ({ app }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  for (const legend of [OUTLET, 'Kind of outlet', PLACE]) {
    await ex.expand(legend);
    const values = (await ex.facetValues(legend)).filter((v) => v.count > 0).slice(0, 4);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const box = ex.checkbox(legend, value.label);
      await box.check();
      await ex.expectCount(value.count);
      await box.uncheck();
    }
  }
});

test('a long facet list builds the rest on "Show all"; a value chosen past the first few stays shown', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const PEOPLE = 'People mentioned';
  const rows = ex.group(PEOPLE).locator('.facet-values li');
  const first = await rows.count();
  const more = ex.group(PEOPLE).getByRole('button', { name: /^Show all \d+$/ });
  const total = Number((await more.textContent()).match(/\d+/)[0]);
  expect(total).toBeGreaterThan(first);
  await more.click();
  await expect(rows).toHaveCount(total);
  // Choose one from past the first few, then fold the list: it stays, ticked.
  const late = (await ex.facetValues(PEOPLE)).slice(first).find((v) => v.count > 0);
  await ex.checkbox(PEOPLE, late.label).check();
  await ex.expectCount(late.count);
  await ex.group(PEOPLE).getByRole('button', { name: 'Show fewer' }).click();
  await expect(rows).toHaveCount(first + 1);
  await expect(ex.checkbox(PEOPLE, late.label)).toBeChecked();
  // The same from a link, in a fresh page.
  await ex.open(`?${new URL(page.url()).searchParams}`);
  await expect(rows).toHaveCount(first + 1);
  await expect(ex.checkbox(PEOPLE, late.label)).toBeChecked();
  // Unticked while folded, it goes back among the hidden ones (so: a click, not uncheck(),
  // which would wait for a box that is gone).
  await ex.checkbox(PEOPLE, late.label).click();
  await expect(rows).toHaveCount(first);
  expect(ex.params().filter(([k]) => k === 'person')).toEqual([]);
});

test('facets combine: OR inside a facet, AND across facets, counts stay live', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const total = await ex.count();
  await ex.expand(OUTLET);
  const outlets = (await ex.facetValues(OUTLET)).filter((v) => v.count > 0);
  expect(outlets.length).toBeGreaterThan(1);
  const [a, b] = outlets;

  // Two outlets: OR.
  await ex.checkbox(OUTLET, a.label).check();
  await ex.checkbox(OUTLET, b.label).check();
  await ex.expectCount(a.count + b.count);
  await expect(ex.chips).toHaveCount(2);
  expect(ex.params().filter(([k]) => k === 'outlet')).toHaveLength(2);

  // A place on top: AND. The place's count announced beforehand is what we get.
  await ex.expand(PLACE);
  const places = (await ex.facetValues(PLACE)).filter((v) => v.count > 0 && v.count < a.count + b.count);
  if (places.length) {
    const place = places[0];
    await ex.checkbox(PLACE, place.label).check();
    await ex.expectCount(place.count);
    // The outlet counts now count inside the place's articles.
    const live = await ex.facetValues(OUTLET);
    const sum = live.filter((v) => v.checked).reduce((s, v) => s + v.count, 0);
    expect(sum).toBe(place.count);
  }

  // Removing a chip removes exactly that filter.
  const before = await ex.chips.count();
  await ex.chips.first().click();
  await expect(ex.chips).toHaveCount(before - 1);

  // Clear all.
  await page.getByRole('link', { name: 'Clear all' }).click();
  await expect(ex.chips).toHaveCount(0);
  await ex.expectCount(total);
  expect(ex.params()).toEqual([]);
});

test('has-quotes and date facets filter and show as chips', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open();
  const quotes = await ex.facetValues('Direct quotes');
  const yes = quotes.find((v) => v.label === 'Has quotes');
  expect(yes && yes.count).toBeGreaterThan(0);
  await ex.checkbox('Direct quotes', 'Has quotes').check();
  await ex.expectCount(yes.count);
  await expect(page).toHaveURL(/quotes=yes/);

  const month = page.locator('.months button:not([disabled])').first();
  const monthCount = Number(await month.locator('.count').textContent());
  await month.click();
  await expect(month).toHaveAttribute('aria-pressed', 'true');
  await ex.expectCount(monthCount);
  await expect(ex.chips.filter({ hasText: 'Date:' })).toHaveCount(1);
});

test('an impossible combination suggests which filter to drop', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=zzzzqqq&quotes=yes');
  await ex.expectCount(0);
  const drop = page.locator('.empty-state').getByRole('link', { name: /^Drop / });
  await expect(drop.first()).toBeVisible();
  await drop.first().click();
  expect(await ex.count()).toBeGreaterThan(0);
});
