// Sub-path deploys (issue 10): the build made with `--public-url /ashraf-explorer/`, served only
// under that path (everything else answers 404), online and offline, with deep links.
import { test, expect, testBothDeploys } from './fixtures.mjs';
import { absoluteRefsOutside } from './support/site-check.mjs';

test('the sub-path build loads and requests nothing outside /ashraf-explorer/', async ({ subApp, subSite, request }) => {
  await subApp.goto();
  await subApp.page.waitForLoadState('networkidle');
  const outside = subApp.requests.filter((u) => !u.startsWith(subSite.url));
  expect(outside).toEqual([]);
  expect(subApp.requests.length).toBeGreaterThan(2);
  for (const p of ['/', '/index.html', '/boot.js', '/data/corpus.json', '/sw.js']) {
    const res = await request.get(`${subSite.origin}${p}`);
    expect(res.status(), `${p} must not be served outside the base`).toBe(404);
  }
});

test('a deep link under the sub-path opens the app, also after a reload', async ({ subApp, page }) => {
  const deep = subApp.url('shared/link?view=quotes&q=%22camp+liberty%22');
  const res = await subApp.goto('shared/link?view=quotes&q=%22camp+liberty%22');
  // Static hosts answer unknown paths with 404.html; the app boots from it and keeps the URL.
  expect([200, 404]).toContain(res.status());
  expect(new URL(page.url()).pathname).toBe(new URL(deep).pathname);
  await subApp.reload();
  expect(new URL(page.url()).pathname).toBe(new URL(deep).pathname);
});

test('the built sites reference no absolute path outside their public URL', async ({ builds }) => {
  expect(await absoluteRefsOutside(builds.sub, builds.subBase)).toEqual([]);
  expect(await absoluteRefsOutside(builds.root, '/')).toEqual([]);
});

test('offline under the sub-path: service worker scope, manifest and reload follow the base', async ({ serve, appAt, page, builds }) => {
  const srv = await serve(builds.sub, builds.subBase);
  const app = await appAt(srv.url);
  await app.goto();
  await app.waitForServiceWorker();
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(scope).toBe(srv.url);
  const cacheNames = Object.keys(await app.caches());
  expect(cacheNames).toHaveLength(1);
  expect(cacheNames[0]).toMatch(/^ashraf-explorer:\/ashraf-explorer\/:[0-9a-f]{16}$/);

  await srv.close();
  await app.reload();
  await app.goto('shared/link?view=quotes&q=ashraf');
  expect(new URL(page.url()).pathname).toBe(`${builds.subBase}shared/link`);
});

testBothDeploys('navigation between views stays under the base, back and forward work', async ({ app, page }) => {
  await app.goto();
  const base = new URL(app.url('')).pathname;
  await page.getByRole('link', { name: /^map$/i }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
  expect(new URL(page.url()).pathname).toBe(base);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(null);
  await page.goForward();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
  expect(app.requests.every((u) => u.startsWith(app.url('')))).toBe(true);
});

testBothDeploys('first load is clean and a view in the URL survives a reload', async ({ app, page }) => {
  await app.goto('?view=map&q=ashraf');
  // The map's data arrives first: a reload while it is on its way cancels the request, which
  // is the browser's doing, not the site's.
  await expect(page.locator('.place-button').first()).toBeVisible();
  await app.reload();
  const url = new URL(page.url());
  expect(url.pathname).toBe(new URL(app.url('')).pathname);
  expect(url.searchParams.get('view')).toBe('map');
  expect(url.searchParams.get('q')).toBe('ashraf');
  expect(app.requests.every((u) => u.startsWith(app.url('')))).toBe(true);
});
