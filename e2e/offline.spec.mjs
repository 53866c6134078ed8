// Offline: after one visit the app works with the server gone; a new deploy replaces the old one
// whole. Each test runs its own server (own port = own origin, so its own service worker).
import { test, expect } from './fixtures.mjs';
import { serverIsDown } from './support/server-down.mjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './support/builds.mjs';

const wasmOf = async (dir) => (await readFile(path.join(dir, 'index.html'), 'utf8')).match(/data-wasm="([^"]+)"/)?.[1];

test('offline: a reload with the server stopped still renders the app', async ({ serve, appAt, page, builds }) => {
  const srv = await serve(builds.root);
  const app = await appAt(srv.url);
  await app.goto();
  await app.waitForServiceWorker();
  const cached = await app.caches();
  expect(Object.keys(cached)).toEqual([`ashraf-explorer:/:${builds.versionRoot}`]);

  await srv.close();
  expect(await serverIsDown(srv.url)).toBe(true);

  await app.reload();
  expect(await app.buildVersion()).toBe(builds.versionRoot);
  const articles = await page.evaluate(() => fetch('data/corpus.json').then((r) => r.json()).then((j) => j.articles.length));
  expect(articles).toBeGreaterThan(0);

  // A deep link opened offline gets the app shell too.
  await app.goto('some/deep/link?q=ashraf');
  expect(await app.buildVersion()).toBe(builds.versionRoot);
});

test('the service worker is registered only once the first screen is up, and then installs', async ({ serve, appAt, page, builds }) => {
  // Its install downloads the whole site; beside the app's start it slowed the start (issue 7).
  await page.addInitScript(() => {
    window.addEventListener('ashraf:first-screen', () => {
      window.__swAtFirstScreen = navigator.serviceWorker.getRegistration().then((r) => (r ? 'registered' : 'none'));
    });
  });
  const srv = await serve(builds.root);
  const app = await appAt(srv.url);
  await app.goto();
  expect(await page.evaluate(() => window.__swAtFirstScreen)).toBe('none');
  await app.waitForServiceWorker();
  expect(Object.keys(await app.caches())).toEqual([`ashraf-explorer:/:${builds.versionRoot}`]);
});

test('update: deploying build B replaces build A whole, with no mixed versions', async ({ serve, appAt, page, builds }) => {
  // B really is another build: its hashed files have other names.
  expect(await wasmOf(builds.b)).toBeTruthy();
  expect(await wasmOf(builds.b)).not.toBe(await wasmOf(builds.root));
  const srv = await serve(builds.root);
  const app = await appAt(srv.url);
  await app.goto();
  await app.waitForServiceWorker();
  expect(await app.buildVersion()).toBe(builds.versionRoot);

  // Deploy B. The open app keeps running A until the user accepts the update.
  await srv.setDir(builds.b);
  await app.reload();
  expect(await app.buildVersion()).toBe(builds.versionRoot);
  const notice = page.locator('#sw-update');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('new version');

  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(
    (v) => document.querySelector('meta[name="ashraf-build"]')?.content === v,
    builds.versionB,
  );
  await app.waitForApp();
  await expect(page.locator('meta[name="e2e-build"]')).toHaveAttribute('content', 'B');

  // Everything the page loaded belongs to B.
  const bFiles = new Set(await listFiles(builds.b));
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const own = loaded.map((u) => new URL(u)).filter((u) => u.origin === new URL(srv.url).origin);
  expect(own.length).toBeGreaterThan(0);
  for (const u of own) expect(bFiles.has(u.pathname.slice(1)), `${u.pathname} is not a file of build B`).toBe(true);

  // Exactly one cache, B's, holding exactly B's precache list.
  const cached = await app.caches();
  expect(Object.keys(cached)).toEqual([`ashraf-explorer:/:${builds.versionB}`]);
  const precached = cached[`ashraf-explorer:/:${builds.versionB}`].map((u) => new URL(u).pathname.slice(1));
  for (const f of precached) expect(bFiles.has(f), f).toBe(true);
  expect(precached).toContain('index.html');

  // And B works offline.
  await srv.close();
  await app.reload();
  expect(await app.buildVersion()).toBe(builds.versionB);
});
