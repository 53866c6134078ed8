// Hostile input through every input (issue 7): URL parameters of every view, and an imported
// article whose text, title, outlet and a speaker carry the payloads. Nothing may run (the
// payloads set window.__pwned), nothing may become markup, and nothing may break the layout of
// a 360 px phone. The app fixture also fails the test on any page error or CSP violation.
import { test, expect } from './fixtures.mjs';
import { ImportPage } from './pages/import-page.mjs';
import { INJECTED, PAYLOADS } from './support/hostile-payloads.mjs';

const PHONE = { width: 360, height: 740 };

async function expectInert(app, what) {
  const { page } = app;
  expect(await page.evaluate(() => window.__pwned), `${what}: a payload ran`).toBeUndefined();
  const injected = await page.locator(INJECTED).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
  expect(injected, `${what}: a payload became markup`).toEqual([]);
  expect(await app.horizontalOverflow(), `${what}: the page scrolls sideways`).toBeLessThanOrEqual(0);
}

test(`${PAYLOADS.length} hostile payloads in the URL parameters of every view stay inert`, async ({ app, page }) => {
  test.setTimeout(240_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  await page.setViewportSize(PHONE);
  for (const [i, payload] of PAYLOADS.entries()) {
    const p = encodeURIComponent(payload);
    const routes = [
      `?q=${p}&outlet=${p}&person=${p}&from=${p}&sort=${p}`,
      `?view=wall&q=${p}&speaker=${p}&said=${p}&order=${p}&who=${p}`,
      `?view=${p}&article=${p}&quote=${p}&syn=${p}`,
      `?view=timeline&to=${p}&name=${p}&camp=${p}`,
    ];
    for (const route of routes) {
      await app.goto(route);
      await expectInert(app, `payload ${i + 1} in ${route.slice(0, 60)}`);
    }
  }
});

test('hostile text, title, outlet and speaker of an imported article stay inert in every view', async ({ app, page }) => {
  test.setTimeout(180_000);
  const imp = new ImportPage(app);
  await imp.open();
  const paragraphs = PAYLOADS.map((payload, i) =>
    `Residents of Camp Ashraf met officials in Baghdad on day ${i + 1}. ${payload} They said "we will not be moved by ${payload}" to reporters.`);
  const text = ['Hostile report on Camp Liberty', '', ...paragraphs.flatMap((p) => [p, '']),
    `"Camp Liberty is not ready," said ${PAYLOADS[1]}, a resident.`].join('\n');
  await imp.importFile('hostile-everywhere.txt', text);
  await imp.save({ title: `${PAYLOADS[0]} ${PAYLOADS[2]} title`, outlet: PAYLOADS[6] });
  await expectInert(app, 'the import view after saving');

  await page.setViewportSize(PHONE);
  const views = ['?kind=user_import', '?view=wall&q=moved', '?view=timeline', '?view=claims', '?view=map', '?q=window'];
  for (const route of views) {
    await app.goto(route);
    await expectInert(app, route);
  }
  await app.goto('?kind=user_import');
  await page.locator('li.result a').first().click();
  await expect(page.locator('.reader')).toContainText('<script>window.__pwned=1</script>');
  await expectInert(app, 'the reader');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectInert(app, 'the reader on a desktop');
});
