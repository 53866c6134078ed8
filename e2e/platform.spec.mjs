// The platform: first screen, clean start under the CSP, production headers, the corpus download,
// the web manifest, phone layout and accessibility of the first view.
import { test, expect } from './fixtures.mjs';

test.describe('start-up', () => {
  test('the static first screen paints before the WASM starts, then the app replaces it', async ({ app, page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await app.goto('', { waitForApp: false });
    const boot = page.locator('#boot');
    await expect(boot.getByRole('heading', { name: 'Ashraf Explorer' })).toBeVisible();
    await expect(boot.getByRole('status')).toContainText('Loading');
    await expect(page.locator('html')).not.toHaveAttribute('data-app', /.*/);
    release();
    await app.waitForApp();
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
