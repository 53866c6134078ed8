// The claims view: every claim of corpus.json in exactly one table row with its outlet, date and
// a working link to its paragraph; one table per quantity; the spread; distance tables beside
// the measured geodesic distance. Expectations come from corpus.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { ClaimsPage } from './pages/claims-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = JSON.parse(await readFile(path.join(ROOT, 'dist', 'data', 'corpus.json'), 'utf8'));
const article = (id) => corpus.articles.find((a) => a.id === id);
const place = (id) => corpus.entities.places.find((p) => p.id === id);
const outletName = (a) => (a.outlet ? corpus.outlets.find((o) => o.id === a.outlet).name : 'outlet not stated');

/** The quantity's table title, as the issue names them. */
function title(c) {
  switch (c.kind) {
    case 'residents': return 'Residents of Camp Ashraf';
    case 'deaths': return 'Deaths';
    case 'deadline': return 'Deadlines';
    default: {
      const to = c.to_place.includes('border') ? 'the Iranian border' : place(c.to_place).name;
      return `Distance from ${place(c.from_place).name} to ${to}`;
    }
  }
}

/** Great-circle distance (km) on the mean sphere: the geodesic is within 0.5 % of it. */
function haversineKm(a, b) {
  const r = (d) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2
    + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

test('every claim is in exactly one row of its quantity, with outlet, value and paragraph link', async ({ app }) => {
  const cp = new ClaimsPage(app);
  await cp.open();
  await expect(cp.rows).toHaveCount(corpus.claims.length);
  const indices = (await cp.rows.evaluateAll((rs) => rs.map((r) => Number(r.dataset.claim)))).sort((a, b) => a - b);
  expect(indices).toEqual(corpus.claims.map((_, i) => i));
  const titles = [...new Set(corpus.claims.map(title))];
  await expect(cp.sections.locator('h2')).toHaveText(titles.sort((a, b) => {
    const order = (t) => ['Residents', 'Deaths', 'Distance', 'Deadlines'].findIndex((p) => t.startsWith(p));
    return order(a) - order(b);
  }));
  for (const [i, c] of corpus.claims.entries()) {
    const row = cp.section(title(c)).locator(`tr[data-claim="${i}"]`);
    await expect(row, `claim ${i} in “${title(c)}”`).toHaveCount(1);
    const a = article(c.article);
    await expect(row.locator('td').nth(0)).toHaveText(c.as_written);
    await expect(row.locator('td').nth(2)).toHaveText(outletName(a));
    await expect(row.locator('blockquote mark')).toHaveText(c.as_written);
    await expect(row.locator('blockquote')).toHaveText(c.text);
    const href = await row.locator('.claims-sentence a').getAttribute('href');
    expect(href).toContain(`article=${c.article}`);
    expect(href).toMatch(new RegExp(`#p-${c.paragraph}$`));
  }
});

test('a row link opens the article at the claim sentence', async ({ app, page }) => {
  const cp = new ClaimsPage(app);
  await cp.open();
  // One claim of each kind.
  const picks = [...new Map(corpus.claims.map((c, i) => [c.kind, i])).values()];
  for (const i of picks) {
    const c = corpus.claims[i];
    await cp.row(i).locator('.claims-sentence a').click();
    await expect(page.locator('#article-title')).toHaveText(article(c.article).title);
    await expect(page.locator(`#p-${c.paragraph}`)).toContainText(c.text);
    await page.goBack();
    await expect(cp.row(i)).toBeVisible();
  }
});

test('the residents spread runs from the smallest to the largest number reported', async ({ app }) => {
  const cp = new ClaimsPage(app);
  await cp.open();
  const values = corpus.claims
    .filter((c) => c.kind === 'residents' && c.subject === 'Camp Ashraf residents')
    .map((c) => Number(c.value));
  const fmt = (n) => n.toLocaleString('en-US');
  const group = cp.section('Residents of Camp Ashraf').locator('.claims-group')
    .filter({ has: app.page.getByRole('heading', { name: 'Camp Ashraf residents' }) });
  await expect(group.locator('.claims-spread')).toContainText(
    `Spread: ${fmt(Math.min(...values))}–${fmt(Math.max(...values))} people · ${values.length} reports, ${new Set(values).size} distinct values`,
  );
});

test('distance tables show the measured geodesic distance and each row against it', async ({ app }) => {
  const cp = new ClaimsPage(app);
  await cp.open();
  const pairs = [...new Map(corpus.claims.filter((c) => c.kind === 'distance')
    .map((c) => [`${c.from_place}|${c.to_place}`, c])).values()];
  expect(pairs.length).toBeGreaterThanOrEqual(2);
  for (const c of pairs) {
    const section = cp.section(title(c));
    const figure = section.locator('.claims-geodesic');
    await expect(figure).toContainText(/Measured straight line: \d+(–\d+)? km \(centre to centre [\d.]+ km/);
    const text = await figure.textContent();
    const [, lo, hi] = text.match(/(\d+)(?:–(\d+))? km/);
    const centre = Number(text.match(/centre to centre ([\d.]+) km/)[1]);
    expect(centre).toBeGreaterThanOrEqual(Number(lo) - 0.5);
    expect(centre).toBeLessThanOrEqual(Number(hi ?? lo) + 0.5);
    if (!c.to_place.includes('border')) {
      const gc = haversineKm(place(c.from_place), place(c.to_place));
      expect(Math.abs(centre - gc) / gc).toBeLessThan(0.005);
      await expect(section.locator('.claims-measured')).toContainText(place(c.to_place).coord_source);
    } else {
      await expect(section.locator('.claims-measured')).toContainText('Natural Earth');
    }
    const rows = section.locator('tr[data-claim]');
    for (let i = 0; i < await rows.count(); i += 1) {
      await expect(rows.nth(i).locator('td').last()).toContainText(/ km: (matches|longer|much longer|shorter)/);
    }
  }
});

test('the explorer filters apply, with the count and a way back to all', async ({ app, page }) => {
  const cp = new ClaimsPage(app);
  await cp.open('?view=claims&outlet=ap');
  const ids = corpus.articles.filter((a) => a.outlet === 'ap').map((a) => a.id);
  const n = corpus.claims.filter((c) => ids.includes(c.article)).length;
  await expect(cp.rows).toHaveCount(n);
  await expect(page.locator('.scope-note')).toContainText(`${ids.length} of ${corpus.articles.length} articles`);
  await page.getByRole('link', { name: 'Show all articles' }).click();
  await expect(cp.rows).toHaveCount(corpus.claims.length);
  expect(new URL(page.url()).searchParams.get('view')).toBe('claims');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('rows stack into cards on a 360 px screen with no sideways scrolling', async ({ app, page }) => {
    const cp = new ClaimsPage(app);
    await cp.open();
    await expect(cp.rows.first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await cp.rows.first().locator('td').first().evaluate((td) => getComputedStyle(td).display)).toBe('block');
  });
});
