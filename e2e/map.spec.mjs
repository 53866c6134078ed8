// The map view (issue 4): both camps render; zoom and pan change the view (buttons, keyboard,
// wheel, drag, pinch); choosing Camp Liberty filters the articles and updates the URL; the map
// works with the server stopped after one visit. Also prints the map benchmark: first map render
// time and the size of data/map.json raw / gzip / brotli (written to e2e/artifacts/map-bench.json).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './pages/map-page.mjs';
import { ARTIFACTS, ROOT } from './support/builds.mjs';

test('map: both camps render, Ashraf as an area, with the move and the scale bar', async ({ app, page }) => {
  const map = new MapPage(app);
  await map.open();
  await expect(map.marker('camp-liberty')).toBeVisible();
  await expect(map.marker('camp-ashraf').locator('.map-camp-area')).toHaveCount(1);
  const r = Number(await map.marker('camp-ashraf').locator('.map-camp-area').getAttribute('r'));
  expect(r).toBeGreaterThan(5);
  await expect(page.locator('.map-label.is-camp', { hasText: 'Camp Ashraf' })).toBeVisible();
  await expect(page.locator('.map-label.is-camp', { hasText: 'Camp Liberty' })).toBeVisible();
  await expect(page.locator('.map-label.is-move')).toContainText(/\d+–\d+ km/);
  await expect(page.locator('.map-scale-label')).toContainText(/\d+ (km|m)$/);
  await expect(page.locator('.map-attribution')).toContainText('Made with Natural Earth');
  // Base layers are drawn: countries, governorates (Diyala highlighted), rivers, the Diyala.
  await expect(page.locator('path.map-countries.is-iraq')).toHaveCount(2);
  await expect(page.locator('path.map-governorates.is-diyala')).toHaveCount(1);
  await expect(page.locator('path.map-diyala')).toHaveCount(1);
  // Labels never overlap.
  const boxes = await page.locator('.map-overlay-px text.map-label').evaluateAll((els) => els
    .filter((e) => getComputedStyle(e).display !== 'none')
    .map((e) => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; }));
  expect(boxes.length).toBeGreaterThan(3);
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [ax, ay, aw, ah] = boxes[i];
      const [bx, by, bw, bh] = boxes[j];
      const overlap = ax < bx + bw - 1 && bx < ax + aw - 1 && ay < by + bh - 1 && by < ay + ah - 1;
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
    }
  }
  // Distance claims sit beside the measured distance.
  await expect(page.locator('.distance-claim').first()).toContainText('Measured');
});

test('map: zoom and pan change the view', async ({ app, page }) => {
  const map = new MapPage(app);
  await map.open();
  let z = await map.zoom();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  expect(await map.zoom()).toBeGreaterThan(z * 1.4);

  z = await map.zoom();
  await map.svg.focus();
  await page.keyboard.press('-');
  expect(await map.zoom()).toBeLessThan(z / 1.4);

  let c = await map.centre();
  await page.keyboard.press('ArrowRight');
  const c2 = await map.centre();
  expect(c2[0]).toBeGreaterThan(c[0]);

  z = await map.zoom();
  const box = await map.svg.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => map.zoom()).toBeGreaterThan(z * 1.2);

  c = await map.centre();
  await map.drag(120, 60);
  const c3 = await map.centre();
  expect(c3[0]).toBeLessThan(c[0]);
  expect(c3[1]).toBeLessThan(c[1]);

  z = await map.zoom();
  await map.pinch(100, 200);
  expect(await map.zoom()).toBeGreaterThan(z * 1.5);

  // Fit buttons: the world view shows Paris and Washington; the region fits Iraq.
  await page.getByRole('button', { name: 'World', exact: true }).click();
  const world = await map.zoom();
  await expect(map.marker('washington')).toBeVisible();
  await page.getByRole('button', { name: 'Region', exact: true }).click();
  expect(await map.zoom()).toBeGreaterThan(world * 3);
  await page.getByRole('button', { name: 'Both camps', exact: true }).click();
  await expect(map.marker('camp-liberty')).toBeVisible();
});

test('map: choosing Camp Liberty filters the articles and updates the URL', async ({ app, page }) => {
  const corpus = JSON.parse(await readFile(path.join(ROOT, 'public', 'data', 'corpus.json'), 'utf8'));
  const expected = corpus.articles.filter((a) => (a.places || []).includes('camp-liberty')).length;
  expect(expected).toBeGreaterThan(0);

  const map = new MapPage(app);
  await map.open();
  await map.marker('camp-liberty').click();
  await expect(page).toHaveURL(/[?&]place=camp-liberty(&|$)/);
  await expect(page).toHaveURL(/[?&]view=map(&|$)/);
  await expect(map.marker('camp-liberty')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.place-result-count')).toHaveText(`${expected} article${expected === 1 ? '' : 's'}`);
  await expect(page.locator('.place-articles li')).toHaveCount(expected);

  // The same filter in the explorer.
  await page.getByRole('link', { name: 'Open in the explorer' }).click();
  await expect(page).toHaveURL(/[?&]place=camp-liberty(&|$)/);
  await expect(page).not.toHaveURL(/view=map/);
  await expect(page.locator('.result')).toHaveCount(expected);

  // The text alternative does the same from the keyboard.
  await map.open('?view=map');
  const button = page.locator('.place-button[data-place="camp-liberty"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]place=camp-liberty(&|$)/);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
});

test('map: works with the server stopped after the first visit', async ({ serve, appAt, page, builds }) => {
  const srv = await serve(builds.root);
  const app = await appAt(srv.url);
  const map = new MapPage(app);
  await map.open();
  await app.waitForServiceWorker();
  await srv.close();
  await app.reload();
  await expect(map.marker('camp-ashraf')).toBeVisible();
  await expect(map.marker('camp-liberty')).toBeVisible();
  await expect(page.locator('path.map-diyala')).toHaveCount(1);
  await map.marker('camp-liberty').click();
  await expect(page).toHaveURL(/place=camp-liberty/);
});

test('map: benchmark — first render time and map data size', async ({ app, page }) => {
  const started = Date.now();
  await app.goto('?view=map');
  const map = new MapPage(app);
  await expect(map.canvas).toHaveAttribute('data-rendered-ms', /\d/);
  const wall = Date.now() - started;
  const renderMs = await map.renderMs();
  const sinceNavigation = Number(await map.canvas.getAttribute('data-rendered-at'));
  const decodeMs = Number(await map.canvas.getAttribute('data-decode-ms'));
  const raw = await readFile(path.join(ROOT, 'public', 'data', 'map.json'));
  const gzip = gzipSync(raw, { level: 9 }).length;
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const nodes = await page.locator('svg.map-svg *').count();
  const bench = { renderMs, sinceNavigationMs: sinceNavigation, decodeMs, wallMs: wall, mapJson: { raw: raw.length, gzip, brotli }, svgNodes: nodes };
  console.log(`map bench: first map render ${renderMs.toFixed(1)} ms after the map view started (fetch, decode ${decodeMs.toFixed(1)} ms, draw), `
    + `${sinceNavigation.toFixed(0)} ms after navigation start (cold page load, corpus included; wall ${wall} ms); `
    + `data/map.json ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip, ${(brotli / 1024).toFixed(1)} KiB brotli; ${nodes} SVG nodes`);
  await writeFile(path.join(ARTIFACTS, 'map-bench.json'), `${JSON.stringify(bench, null, 2)}\n`);
  expect(brotli).toBeLessThan(150 * 1024);
  expect(renderMs).toBeLessThan(5000);
});

for (const colorScheme of ['light', 'dark']) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });
    test(`map: no accessibility violations (${colorScheme}), with a place chosen`, async ({ app }) => {
      const map = new MapPage(app);
      await map.open();
      expect(await app.axeViolations()).toEqual([]);
      await map.open('?view=map&place=camp-liberty');
      await expect(app.page.locator('.place-panel')).toBeVisible();
      expect(await app.axeViolations()).toEqual([]);
    });
  });
}
