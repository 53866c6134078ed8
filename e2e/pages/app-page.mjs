// Page object for the whole app: navigation under the site's base URL, waiting for the app to
// start, and everything that must stay clean during a test (page errors, console errors, CSP
// violations, failed requests). Feature page objects (search, reader, map, quotes) can extend it
// or take its `page`.
import { expect } from '@playwright/test';

export class AppPage {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {string} baseUrl the site's URL, e.g. http://127.0.0.1:1234/ashraf-explorer/
   */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    /** Uncaught exceptions in the page. */
    this.pageErrors = [];
    /** console.error messages. */
    this.consoleErrors = [];
    /** securitypolicyviolation events. */
    this.cspViolations = [];
    /** Same-origin sub-resource requests that failed or answered >= 400. */
    this.badRequests = [];
    /** Every request URL the page made (documents, scripts, wasm, data, …). */
    this.requests = [];
    /** Console messages matching one of these are not errors for this test. */
    this.allowedConsole = [];
  }

  /** Attaches the listeners; call once before the first navigation (the fixture does). */
  async attach() {
    const { page } = this;
    page.on('pageerror', (err) => this.pageErrors.push(String(err.stack || err)));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (this.allowedConsole.some((re) => re.test(text))) return;
      // Chrome's own line for an HTTP error; badRequests has the same failure with its URL (and
      // ignores the 404 status of a deep link answered with 404.html).
      if (text.startsWith('Failed to load resource:')) return;
      if (/Content.Security.Policy/i.test(text)) this.cspViolations.push(text);
      else this.consoleErrors.push(text);
    });
    page.on('request', (req) => this.requests.push(req.url()));
    page.on('requestfailed', (req) => {
      if (this.isOwn(req.url())) this.badRequests.push(`${req.failure()?.errorText || 'failed'} ${req.url()}`);
    });
    page.on('response', (res) => {
      const req = res.request();
      // A deep link on a static host answers 404 with 404.html, which boots the app: that is the
      // documented fallback, not an error.
      if (req.resourceType() === 'document') return;
      if (res.status() >= 400 && this.isOwn(res.url())) this.badRequests.push(`${res.status()} ${res.url()}`);
    });
    await page.exposeBinding('__e2eReportCsp', (_source, v) => this.cspViolations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        // eslint-disable-next-line no-underscore-dangle
        window.__e2eReportCsp(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim());
      });
    });
  }

  isOwn(url) {
    return url.startsWith(new URL(this.baseUrl).origin);
  }

  /** Absolute URL of a route or file relative to the site's base ("", "data/corpus.json", "?q=x"). */
  url(route = '') {
    return new URL(route.replace(/^\/+/, ''), this.baseUrl).href;
  }

  /** Opens a route and waits until the app has started and replaced the static first screen. */
  async goto(route = '', { waitForApp = true } = {}) {
    const response = await this.page.goto(this.url(route));
    if (waitForApp) await this.waitForApp();
    return response;
  }

  async reload({ waitForApp = true } = {}) {
    const response = await this.page.reload();
    if (waitForApp) await this.waitForApp();
    return response;
  }

  /** The WASM module's `main` ran (boot.js sets <html data-app>) and #boot is gone. */
  async waitForApp() {
    const html = this.page.locator('html');
    await expect(html).toHaveAttribute('data-app', /^(started|failed)$/);
    await expect(html, 'the app failed to start (see #boot)').toHaveAttribute('data-app', 'started');
    await expect(this.page.locator('#boot'), 'the app must remove #boot once it has rendered').toHaveCount(0);
  }

  /** The build version stamped into index.html. */
  async buildVersion() {
    return this.page.locator('meta[name="ashraf-build"]').getAttribute('content');
  }

  /** Waits until a service worker controls the page. */
  async waitForServiceWorker() {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await this.page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }

  /** Cache Storage content: { name: [url, …] }. */
  async caches() {
    return this.page.evaluate(async () => {
      const out = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out[name] = (await cache.keys()).map((r) => r.url).sort();
      }
      return out;
    });
  }

  /** Horizontal overflow in CSS pixels (0 when nothing scrolls sideways). */
  async horizontalOverflow() {
    return this.page.evaluate(() => {
      const el = document.scrollingElement || document.documentElement;
      return Math.max(el.scrollWidth, document.body.scrollWidth) - window.innerWidth;
    });
  }

  /** Runs axe-core in the page; returns the violations (empty when accessible). */
  async axeViolations(options = {}) {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
    await this.page.evaluate(source);
    return this.page.evaluate(
      (opts) => window.axe.run(document, { resultTypes: ['violations'], ...opts }).then((r) => r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }))),
      options,
    );
  }

  /** Fails the test on page errors, console errors, CSP violations and failed requests. */
  expectClean() {
    expect.soft(this.pageErrors, 'uncaught page errors').toEqual([]);
    expect.soft(this.consoleErrors, 'console errors').toEqual([]);
    expect.soft(this.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect.soft(this.badRequests, 'failed same-origin requests').toEqual([]);
  }
}
