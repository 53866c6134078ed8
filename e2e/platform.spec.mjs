// The platform: first screen, clean start under the CSP, production headers, the corpus download,
// the web manifest, phone layout and accessibility of the first view.
import { test, expect, testBothDeploys } from './fixtures.mjs';

/** Holds the app's WebAssembly download until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

testBothDeploys('the default view paints the build\'s preview of the articles first; the app replaces it in place', async ({ app, page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await app.goto('', { waitForApp: false });
  const preview = page.locator('#boot .boot-preview');
  await expect(preview).toBeVisible();
  await expect(page.locator('#boot').getByRole('status')).toContainText('Loading');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);
  const titles = page.locator('.result-list .result-title');
  const previewTitles = await titles.allTextContents();
  expect(previewTitles.length).toBeGreaterThan(0);
  // A picture of the page, not a second copy of it: nothing to focus or click, no ids, no
  // scripts, hidden from assistive technology (the status line says what is happening).
  await expect(preview).toHaveJSProperty('inert', true);
  await expect(preview).toHaveAttribute('aria-hidden', 'true');
  await expect(preview.locator('[id], script')).toHaveCount(0);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.boot-preview')))).toBe(false);

  release();
  await app.waitForApp();
  await expect(preview).toHaveCount(0);
  // The app shows what the preview showed, where it showed it.
  expect(await titles.allTextContents()).toEqual(previewTitles);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  expect(shift).toBeLessThan(0.01);
});

test.describe('start-up', () => {
  test('a link to a search gets the loading card, not the preview, until the app replaces it', async ({ app, page }) => {
    const release = await holdWasm(page);
    await app.goto('?q=maliki', { waitForApp: false });
    const boot = page.locator('#boot');
    await expect(boot.getByRole('heading', { name: 'Ashraf Explorer' })).toBeVisible();
    await expect(boot.getByRole('status')).toContainText('Loading');
    await expect(boot.locator('.boot-preview')).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);
    release();
    await app.waitForApp();
    await expect(page.locator('#search')).toHaveValue('maliki');
  });

  test('if the app cannot start, the preview gives way to the card with the reason', async ({ app, page }) => {
    app.allowedConsole.push(/Ashraf Explorer failed to start/);
    await page.route('**/*_bg.wasm', (route) => route.fulfill({
      status: 200, contentType: 'application/wasm', body: Buffer.from('not WebAssembly'),
    }));
    await app.goto('', { waitForApp: false });
    await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
    const boot = page.locator('#boot');
    await expect(boot.getByRole('heading', { name: 'Ashraf Explorer' })).toBeVisible();
    await expect(boot.locator('.boot-preview')).toBeHidden();
    await expect(boot.getByRole('status')).toContainText('failed to start');
  });

  test('the app loads with no page errors and no CSP violations', async ({ app, page }) => {
    const response = await app.goto();
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    // The fixture fails the test on page errors, console errors, CSP violations, failed requests.
    app.expectClean();
  });
});

test.describe('server and files', () => {
  test('the production server sends the documented headers', async ({ site, request, builds }) => {
    const get = (p, headers = {}) => request.get(new URL(p, site.url).href, { headers });
    const index = await get('', { 'accept-encoding': 'br, gzip' });
    expect(index.status()).toBe(200);
    expect(index.headers()['cache-control']).toBe('no-cache');
    expect(index.headers()['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self' 'wasm-unsafe-eval'/);
    const scriptSrc = index.headers()['content-security-policy'].split(';').map((d) => d.trim())
      .filter((d) => d.startsWith('script-src') || d.startsWith('default-src'));
    for (const d of scriptSrc) expect(d).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(index.headers()['content-type']).toContain('text/html');
    expect(index.headers()['content-encoding']).toBe('br');
    expect(index.headers()['x-content-type-options']).toBe('nosniff');

    const html = await index.text();
    const wasmPath = html.match(/data-wasm="([^"]+)"/)[1];
    const wasm = await get(wasmPath, { 'accept-encoding': 'gzip' });
    expect(wasm.status()).toBe(200);
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

    const sw = await get('sw.js');
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(await sw.text()).toContain(builds.versionRoot);

    const missing = await get('no/such/route');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('<meta name="ashraf-build"');
  });

  test('corpus.json is downloadable and valid', async ({ app, request, page }) => {
    const res = await request.get(app.url('data/corpus.json'));
    expect(res.status(), 'public/data/corpus.json must be in the build').toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
    const corpus = JSON.parse(await res.text());
    expect(Array.isArray(corpus.articles)).toBe(true);
    expect(corpus.articles.length).toBeGreaterThan(0);
    // The app fetches it relative to the document base; the same request from the page works.
    await app.goto();
    const count = await page.evaluate(() => fetch('data/corpus.json').then((r) => r.json()).then((j) => j.articles.length));
    expect(count).toBe(corpus.articles.length);
  });

  test('the web manifest follows the site URL and its icons exist', async ({ app, request }) => {
    const res = await request.get(app.url('manifest.webmanifest'));
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/manifest+json');
    const manifest = JSON.parse(await res.text());
    const at = (u) => new URL(u, app.url('manifest.webmanifest')).href;
    expect(at(manifest.start_url)).toBe(app.url(''));
    expect(at(manifest.scope)).toBe(app.url(''));
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const r = await request.get(at(icon.src));
      expect(r.status(), icon.src).toBe(200);
      expect(r.headers()['content-type']).toBe(icon.type);
    }
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('a 360 px phone shows the app without horizontal scrolling', async ({ app, page }) => {
    await app.goto();
    await page.waitForLoadState('networkidle');
    expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`the first view has no axe-core violations (${colorScheme})`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme });
      await app.goto();
      await page.waitForLoadState('networkidle');
      expect(await app.axeViolations()).toEqual([]);
    });
  }
});
