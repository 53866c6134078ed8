// The e2e harness. Import `test` and `expect` from here in every spec:
//
//   import { test, expect } from './fixtures.mjs';
//   test('search finds Ashraf', async ({ app }) => { await app.goto('?q=ashraf'); … });
//
// Fixtures:
//   site     (worker) the root release build (dist/) served at `/` by e2e/server.mjs
//   subSite  (worker) the sub-path build (dist-sub/) served only under /ashraf-explorer/
//   deploy   (option) 'root' (default) or 'sub': which site `app` opens; see testBothDeploys
//   app      (test)   an AppPage on `site` (or `subSite` when deploy = 'sub') in a fresh browser
//                      context; after the test it fails on
//                      page errors, console errors, CSP violations and failed requests
//                      (to tolerate a known console message: app.allowedConsole.push(/regex/))
//   subApp   (test)   the same on `subSite`
//   serve    (test)   serve(dir, base) → a private server (own port = own origin, so its own
//                      service worker and caches); stopped after the test. Use it for tests that
//                      stop or redeploy the server.
//   appAt    (test)   appAt(url) → an AppPage on any server (e.g. one from `serve`), same checks
//   builds   (worker) paths and versions: { root, sub, subBase, b, versionRoot, versionB }
import { test as base, expect } from '@playwright/test';
import { startServer } from './server.mjs';
import { AppPage } from './pages/app-page.mjs';
import { DIST_B, ROOT_DIST, SUB_BASE, SUB_DIST, buildVersion } from './support/builds.mjs';

export { expect };

export const test = base.extend({
  deploy: ['root', { option: true }],

  builds: [
    async ({}, use) => { // eslint-disable-line no-empty-pattern
      await use({
        root: ROOT_DIST,
        sub: SUB_DIST,
        subBase: SUB_BASE,
        b: DIST_B,
        versionRoot: await buildVersion(ROOT_DIST),
        versionB: await buildVersion(DIST_B),
      });
    },
    { scope: 'worker' },
  ],

  site: [
    async ({}, use) => { // eslint-disable-line no-empty-pattern
      const srv = await startServer({ dir: ROOT_DIST, base: '/' });
      await use(srv);
      await srv.close();
    },
    { scope: 'worker' },
  ],

  subSite: [
    async ({}, use) => { // eslint-disable-line no-empty-pattern
      const srv = await startServer({ dir: SUB_DIST, base: SUB_BASE });
      await use(srv);
      await srv.close();
    },
    { scope: 'worker' },
  ],

  serve: async ({}, use) => { // eslint-disable-line no-empty-pattern
    const servers = [];
    await use(async (dir, basePath = '/') => {
      const srv = await startServer({ dir, base: basePath });
      servers.push(srv);
      return srv;
    });
    await Promise.all(servers.map((s) => s.close()));
  },

  appAt: async ({ page }, use) => {
    const apps = [];
    await use(async (url) => {
      const app = new AppPage(page, url);
      await app.attach();
      apps.push(app);
      return app;
    });
    for (const app of apps) app.expectClean();
  },

  app: async ({ page, site, subSite, deploy }, use) => {
    const app = new AppPage(page, deploy === 'sub' ? subSite.url : site.url);
    await app.attach();
    await use(app);
    app.expectClean();
  },

  subApp: async ({ page, subSite }, use) => {
    const app = new AppPage(page, subSite.url);
    await app.attach();
    await use(app);
    app.expectClean();
  },
});

/**
 * Declares the same test twice: against the root build at `/` and against the sub-path build
 * served only under /ashraf-explorer/ (issue 10). Write routes relative to the base
 * (`app.goto('?view=quotes')`), never with a leading slash.
 *
 *   testBothDeploys('the quote wall opens from a deep link', async ({ app }) => { … });
 */
export function testBothDeploys(title, body) {
  for (const deploy of ['root', 'sub']) {
    test.describe(deploy === 'root' ? 'root deploy' : 'sub-path deploy', () => {
      test.use({ deploy });
      test(title, body);
    });
  }
}
