// Your own articles (issue 6) and imported copies (issue 9): import in the worker, review,
// IndexedDB, everywhere in the app, offline, hostile input, corrupt records, backup / restore,
// export of the filtered set. Articles and copies are written here, for the test.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, testBothDeploys } from './fixtures.mjs';
import { serverIsDown } from './support/server-down.mjs';
import { ImportPage } from './pages/import-page.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';
import { QuotesPage } from './pages/quotes-page.mjs';
import { AppPage } from './pages/app-page.mjs';
import { ROOT_DIST } from './support/builds.mjs';

const corpus = async () => JSON.parse(await readFile(path.join(ROOT_DIST, 'data/corpus.json'), 'utf8'));

const ARTICLE = `Residents of Camp Ashraf wait for the move to Camp Liberty

By Jane Testwriter

BAGHDAD - Iraqi officials said on Tuesday that the relocation of the residents of Camp Ashraf would continue next month.

"We will move the first group of residents to Camp Liberty within days," said Martin Kobler, the U.N. envoy, speaking to reporters in Baghdad.

A spokesman for the residents said the conditions at the new site were not acceptable. "This is a prison, not a camp," he said.

About 3,400 residents remain at the camp, 65 km north of Baghdad.`;

const TITLE = 'Test report on the move to Camp Liberty';

const placeCount = (page, id) => page.locator(`.place-button[data-place="${id}"] .place-count`);

test('import: an article is read in the worker, reviewed, shown everywhere and kept offline', async ({ serve, appAt, page, builds }) => {
  const data = await corpus();
  const liberty = data.articles.filter((a) => a.places.includes('camp-liberty')).length;
  const srv = await serve(builds.root);
  const app = await appAt(srv.url);
  const imp = new ImportPage(app);
  await imp.open();
  await app.waitForServiceWorker();

  await imp.importFile('camp-report.txt', ARTICLE);
  // The review shows what was found, and the values to correct.
  await expect(imp.review).toContainText('Camp Liberty');
  await expect(imp.review).toContainText(/Found: \d+ paragraphs, [2-9] quotes/);
  await expect(imp.review.getByLabel('Title')).toHaveValue('Residents of Camp Ashraf wait for the move to Camp Liberty');
  await expect(imp.review.getByLabel(/^Date/)).toHaveValue('');
  await imp.save({ title: TITLE, date: '2011-12-20' });
  await expect(imp.items).toHaveCount(1);
  await expect(imp.items.first()).toContainText(TITLE);

  // In the search, under its own facet value, with the mark.
  await app.goto('?kind=user_import');
  const results = page.locator('li.result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(TITLE);
  await expect(results.first().locator('.badge-user')).toHaveText('Your import');
  // In the reader, with its quotes marked and its provenance.
  await results.first().getByRole('link', { name: TITLE }).click();
  await expect(page.locator('.reader [data-quote]').filter({ hasText: 'We will move the first group' }).first()).toBeVisible();
  await expect(page.locator('.provenance')).toContainText('You imported this article');
  await expect(page.locator('.provenance')).toContainText('2011-12-20 (entered by you)');
  // On the map: Camp Liberty now counts one more article.
  await app.goto('?view=map');
  await expect(placeCount(page, 'camp-liberty')).toContainText(`${liberty + 1} article`);
  // On the quote wall (only this article's quotes under its facet value), with its source;
  // and in the claims table (its "3,400 residents").
  await app.goto('?view=wall&kind=user_import');
  const cards = page.locator('.quote-card');
  await expect(cards.filter({ hasText: 'We will move the first group of residents' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'This is a prison, not a camp' })).toHaveCount(1);
  await expect(cards.first()).toContainText(TITLE);
  await app.goto('?view=claims&kind=user_import');
  await expect(page.locator('main')).toContainText('About 3,400 residents remain at the camp');
  // On the timeline, at the date entered in the review.
  await app.goto('?view=timeline');
  await expect(page.locator('main')).toContainText(TITLE);

  // Server gone: the article is still there after a reload, and importing still works.
  await srv.close();
  expect(await serverIsDown(srv.url)).toBe(true);
  await app.goto('?kind=user_import');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(TITLE);
  await imp.open();
  await imp.paste(ARTICLE.replace('Jane Testwriter', 'Second Writer').replaceAll('residents', 'people').replace('3,400', '3,300'));
  await imp.save();
  await expect(imp.items).toHaveCount(2);
});

test('import: script, handlers, javascript: links, SVG and bidi stay inert text; bad files are refused', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await page.evaluate(() => { delete window.__pwned; });
  const hostile = `Camp Ashraf <script>window.__pwned = 1</script> report

<img src=x onerror="window.__pwned = 2"> Residents of Camp Ashraf said on Monday they would stay. <a href="javascript:window.__pwned=3">click</a> here.

"We are not leaving," said a resident, <svg onload="window.__pwned = 4"></svg> speaking in Baghdad. \u202Eevil\u202C text ${'x'.repeat(300)}.`;
  await imp.importFile('hostile.txt', hostile);
  // The first line holds markup, so it is not taken as the title: the title is inferred.
  await expect(imp.review).toContainText('inferred: no title is printed');
  await imp.save({ title: 'Hostile text file' });
  const html = `<html><head><title>Hostile page about Camp Liberty</title><script>window.__pwned = 5</script></head>
<body onload="window.__pwned = 6"><svg><script>window.__pwned = 7</script></svg>
<p>Officials in Baghdad said the residents of Camp Liberty <a href="javascript:window.__pwned=8">would</a> be moved.</p>
<p><img src=x onerror="window.__pwned = 9">"The move is on schedule," said Martin Kobler.</p></body></html>`;
  await imp.importFile('hostile.html', html, 'text/html');
  await expect(imp.review.getByLabel('Title')).toHaveValue('Hostile page about Camp Liberty');
  await imp.save();
  await expect(imp.items).toHaveCount(2);

  await app.goto('?kind=user_import');
  await page.locator('li.result a', { hasText: 'Hostile text file' }).click();
  const body = page.locator('.reader');
  // The markup of the .txt is shown as the text it is, and nothing ran.
  await expect(body).toContainText('<img src=x onerror="window.__pwned = 2">');
  await expect(body.locator('img, svg script, a[href^="javascript"]')).toHaveCount(0);
  expect(await body.textContent()).not.toContain('\u202E');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await app.horizontalOverflow()).toBe(0);
  await app.goto('?kind=user_import&q=schedule');
  await page.locator('li.result a').first().click();
  await expect(page.locator('.reader')).toContainText('The move is on schedule');
  await expect(page.locator('.reader')).not.toContainText('__pwned');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // Bad files: a clear message each, and nothing that was there is lost.
  await imp.open();
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
  await imp.importFile('huge.txt', big);
  await expect(imp.error).toContainText('5 MiB');
  await imp.importFile('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  await expect(imp.error).toContainText('binary');
  await imp.importFile('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]));
  await expect(imp.error).toContainText('not UTF-8');
  await imp.importFile('broken.json', '{"schema_version": 1, "articles": [');
  await expect(imp.error).toContainText('not a corpus.json file');
  await imp.importFile('paper.pdf', '%PDF-1.4', 'application/pdf');
  await expect(imp.error).toContainText('only .txt, .html and .json');
  await expect(imp.items).toHaveCount(2);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

// A saved news page as "Save page as…" leaves it: menus, a cookie banner, share buttons, an
// advertisement, related links and comments around the article, its metadata in the head.
const savedPage = ({ title, author, date, site, lang = 'en', body }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta name="author" content="${author}">
<meta property="article:published_time" content="${date}T08:30:00Z">
<link rel="canonical" href="https://news.example.org/2011/12/${encodeURIComponent(title)}"></head>
<body><div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe Now</a></li></ul></nav>
<main><article><h1>${title}</h1><p class="byline">By ${author}</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
<p>Advertisement</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Storm hits the coast</a></li><li><a href="/b">Markets close higher</a></li></ul></aside>
<section class="comments"><h2>12 comments</h2><p>First! Great article.</p></section></main>
<footer><p>© 2011 ${site}. All rights reserved.</p></footer></body></html>`;

test('import: many saved pages at once, with progress; the review shows what each page says about itself, and the byline can be corrected', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  const english = savedPage({
    title: 'Iraq sets a new date for the move from Camp Ashraf',
    author: 'Jane Testwriter',
    date: '2011-12-21',
    site: 'Example Daily News',
    body: [
      'BAGHDAD — Iraqi officials said on Wednesday that the first residents of Camp Ashraf would move to Camp Liberty before the end of the month.',
      '“The first group will leave within days,” said a spokesman for the Iraqi government, speaking to reporters in Baghdad.',
      'About 3,400 residents remain at the camp, which lies north of the capital.',
    ],
  });
  const french = savedPage({
    title: 'Le départ du camp Ashraf repoussé',
    author: 'Marie Journaliste',
    date: '2011-12-22',
    site: 'Le Quotidien Exemple',
    lang: 'fr',
    body: [
      'Les autorités irakiennes ont annoncé mercredi que le transfert des résidents du camp Ashraf vers le camp Liberty commencerait avant la fin du mois.',
      'Quelque 3 400 résidents vivent encore dans le camp, au nord de Bagdad.',
    ],
  });
  const files = [
    { name: 'iraq-new-date.html', text: english },
    { name: 'depart-ashraf.html', text: french },
    { name: 'only-an-image.html', text: '<html><body><img src="scan.jpg" alt=""></body></html>' },
    { name: 'paper.pdf', text: '%PDF-1.4', mimeType: 'application/pdf' },
  ];
  await imp.importFiles(files);
  // Both articles are there, and the two files that are not say why.
  await expect(imp.review.locator('.review-card')).toHaveCount(2);
  const problems = imp.review.locator('.review-problems');
  await expect(problems).toContainText('only-an-image.html');
  await expect(problems).toContainText('no article text');
  await expect(problems).toContainText('only .txt, .html and .json');
  const first = imp.review.locator('.review-card').first();
  // The article text only: no menu, cookie banner, advertisement, share bar, related links or comments.
  await expect(first.getByLabel('Title')).toHaveValue('Iraq sets a new date for the move from Camp Ashraf');
  await expect(first.getByLabel(/^Byline/)).toHaveValue('Jane Testwriter');
  await expect(first).toContainText('Read from: given by the page: <meta name="author">');
  await expect(first.getByLabel(/^Date/)).toHaveValue('2011-12-21');
  await expect(first.getByLabel('Original outlet')).toHaveValue('Example Daily News');
  await expect(first).toContainText('Found: 3 paragraphs');
  await expect(first.locator('.review-excerpt')).toContainText('BAGHDAD — Iraqi officials said');
  // What the page says about itself, each with its evidence.
  await first.getByText('What the page says about itself').click();
  const facts = first.locator('.review-page-facts');
  await expect(facts).toContainText('Published');
  await expect(facts).toContainText('from <meta property="article:published_time">');
  await expect(facts).toContainText('https://news.example.org/2011/12/');
  await expect(facts).toContainText('Language');
  // The byline is corrected, and shown as entered by the user.
  await first.getByLabel(/^Byline/).fill('Jane Testwriter, John Second');
  await imp.review.getByRole('button', { name: 'Save' }).click();
  await expect(imp.notices).toContainText('Saved 2 imported articles', { timeout: 30_000 });
  await expect(imp.items).toHaveCount(2);

  await app.goto('?kind=user_import&q=%22new+date%22');
  await page.locator('li.result a', { hasText: 'Iraq sets a new date' }).click();
  const reader = page.locator('.reader');
  await expect(reader).toContainText('By Jane Testwriter, John Second');
  for (const chrome of ['cookies', 'Subscribe Now', 'Advertisement', 'Share on Facebook', 'Related stories', 'Great article', 'All rights reserved']) {
    await expect(reader).not.toContainText(chrome);
  }
  const provenance = page.locator('.provenance');
  await expect(provenance).toContainText('Jane Testwriter, John Second (entered by you)');
  await expect(provenance).toContainText('The saved page says');
  await expect(provenance).toContainText('from <meta property="og:site_name">');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await app.horizontalOverflow()).toBe(0);
});

test('import: a saved article is edited later; the corrections replace it and are shown as entered by you', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await imp.importFile('camp-report.txt', ARTICLE);
  await imp.save({ title: TITLE });
  await expect(imp.items).toHaveCount(1);
  await imp.items.first().getByRole('button', { name: `Edit “${TITLE}”` }).click();
  const edit = page.locator('form.import-review');
  await expect(edit.getByRole('heading', { name: `Edit “${TITLE}”` })).toBeVisible();
  // The values as saved, with their evidence.
  await expect(edit.getByLabel('Title')).toHaveValue(TITLE);
  await expect(edit.getByLabel(/^Byline/)).toHaveValue('Jane Testwriter');
  await edit.getByLabel(/^Byline/).fill('Jane Testwriter, Omar Second');
  await edit.getByLabel(/^Date/).fill('2011-12');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(imp.notices).toContainText('Saved 1 imported article', { timeout: 30_000 });
  // Still one article, now with the corrections.
  await expect(imp.items).toHaveCount(1);
  await app.goto('?kind=user_import');
  await page.locator('li.result a', { hasText: TITLE }).click();
  await expect(page.locator('.reader')).toContainText('By Jane Testwriter, Omar Second');
  const provenance = page.locator('.provenance');
  await expect(provenance).toContainText('Jane Testwriter, Omar Second (entered by you)');
  await expect(provenance).toContainText('2011-12 (entered by you)');
});

test('import: a Persian page reads right to left in the reader and the results, inside the left-to-right interface', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  const persian = savedPage({
    title: 'انتقال ساکنان اردوگاه اشرف به کمپ لیبرتی',
    author: 'مریم رضایی',
    date: '2011-12-22',
    site: 'خبرگزاری نمونه',
    lang: 'fa',
    body: [
      'مقامات عراقی روز چهارشنبه اعلام کردند که نخستین گروه از ساکنان اردوگاه اشرف تا پایان ماه به کمپ لیبرتی در نزدیکی فرودگاه بغداد منتقل می‌شوند.',
      'به گفته سازمان ملل، حدود ۳۴۰۰ نفر هنوز در اردوگاه زندگی می‌کنند (Camp Ashraf).',
    ],
  });
  await imp.importFiles([{ name: 'ashraf-fa.html', text: persian }]);
  await expect(imp.review.getByLabel('Title')).toHaveValue('انتقال ساکنان اردوگاه اشرف به کمپ لیبرتی');
  await imp.save();
  await app.goto('?kind=user_import');
  const result = page.locator('li.result').first();
  const direction = (loc) => loc.evaluate((el) => getComputedStyle(el).direction);
  expect(await direction(result.locator('.result-title'))).toBe('rtl');
  await result.locator('a').first().click();
  const paragraph = page.locator('.reader p.para').first();
  await expect(paragraph).toContainText('مقامات عراقی');
  expect(await direction(paragraph)).toBe('rtl');
  expect(await direction(page.locator('#article-title'))).toBe('rtl');
  // The interface around it stays left to right.
  expect(await direction(page.locator('.provenance'))).toBe('ltr');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await app.horizontalOverflow()).toBe(0);
});

test('import: a batch can be cancelled; what was read before is kept for review', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  const files = Array.from({ length: 40 }, (_, i) => ({
    name: `page-${String(i + 1).padStart(2, '0')}.html`,
    text: savedPage({
      title: `Report number ${i + 1} on the camp`,
      author: 'Jane Testwriter',
      date: '2011-12-21',
      site: 'Example Daily News',
      body: [
        `Officials said on day ${i + 1} that the residents of Camp Ashraf would be moved to Camp Liberty, a former base near the airport in Baghdad.`,
        `Figures of ${i * 7} and ${i * 11}, then ${i * 13}, ${i * 17}, ${i * 19}, ${i * 23} and ${i * 29} were given for the convoys.`,
      ],
    }),
  }));
  await imp.fileInput.setInputFiles(files.map(({ name, text }) => ({ name, mimeType: 'text/html', buffer: Buffer.from(text) })));
  const status = page.locator('.import-panel .import-status');
  await expect(status.locator('progress')).toBeVisible();
  await expect(status).toContainText(/Reading file \d+ of 40: page-\d+\.html/);
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(imp.review).toBeVisible({ timeout: 30_000 });
  const cards = await imp.review.locator('.review-card').count();
  expect(cards).toBeGreaterThan(0);
  expect(cards).toBeLessThan(40);
  await expect(imp.review.locator('.review-problems')).toContainText(`Cancelled: ${40 - cards} of 40 files were not read.`);
  await imp.review.getByRole('button', { name: 'Save' }).click();
  await expect(imp.notices).toContainText(`Saved ${cards} imported article`, { timeout: 30_000 });
  // Distinct ids although the titles share their first words.
  await expect(imp.items).toHaveCount(cards);
});

// The saved pages of the extraction development set (not part of the project: EXTRACTION_PAGES,
// default ../shared/extraction-dev/pages), all chosen at once: every page with an article comes
// out as one, and the time the batch takes is printed (a figure, not a budget).
test('import: the development set of saved pages, all at once in the browser', async ({ app, page }) => {
  const dir = process.env.EXTRACTION_PAGES || path.resolve(ROOT_DIST, '../../shared/extraction-dev/pages');
  let names;
  try {
    names = (await readdir(dir)).sort();
  } catch {
    test.skip(true, `no development pages at ${dir}`);
    return;
  }
  const files = [];
  let withArticle = 0;
  for (const name of names) {
    const html = await readFile(path.join(dir, name, 'source.html')).catch(() => null);
    if (!html) continue;
    const expected = await readFile(path.join(dir, name, 'expected.txt'), 'utf8').catch(() => '');
    if (expected.trim()) withArticle += 1;
    files.push({ name: `${name}.html`, mimeType: 'text/html', buffer: html });
  }
  test.setTimeout(240_000);
  const imp = new ImportPage(app);
  await imp.open();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await imp.fileInput.setInputFiles(files);
  // Playwright builds the 130 File objects inside the page (seconds of main thread that a real
  // file chooser does not take): tasks are counted from when that is done.
  const chosen = await page.evaluate(() => performance.now());
  await expect(imp.review).toBeVisible({ timeout: 200_000 });
  await expect(imp.review.locator('.review-card')).toHaveCount(withArticle, { timeout: 30_000 });
  const seconds = (Date.now() - start) / 1000;
  const cards = await imp.review.locator('.review-card').count();
  const bytes = files.reduce((n, f) => n + f.buffer.length, 0);
  const long = (await page.evaluate(() => window.__longTasks)).filter(([t]) => t >= chosen);
  console.log(`import in the browser: ${files.length} saved pages (${(bytes / 1048576).toFixed(1)} MiB) in ${seconds.toFixed(1)} s, ${(files.length / seconds).toFixed(1)} pages/s; ${cards} articles for review; main-thread tasks over 50 ms: ${long.length}${long.length ? ` (longest ${Math.max(...long.map((l) => l[1])).toFixed(0)} ms)` : ''}`);
  expect(cards).toBe(withArticle);
});

test('import: a corrupted stored record is skipped with a notice naming it', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await imp.importFile('camp-report.txt', ARTICLE);
  await imp.save({ title: TITLE });
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('ashraf-explorer', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('user-articles', 'readwrite');
      tx.objectStore('user-articles').put('{"schema_version": 1, "article": ', 'broken-entry');
      tx.objectStore('user-articles').put({ not: 'text' }, 'odd-entry');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  await app.reload();
  await expect(imp.notices).toContainText('“broken-entry”');
  await expect(imp.notices).toContainText('“odd-entry”');
  await expect(imp.notices).toContainText('skipped');
  await expect(imp.items).toHaveCount(1);
  await app.goto('?kind=user_import');
  await expect(page.locator('li.result')).toHaveCount(1);
});

test('storage full: restoring and saving fail with a message and lose nothing', async ({ app, browser, site }) => {
  const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of a long report: the residents of the camp described the conditions of the move in detail, day by day, to the monitors.`);
  const long = `${ARTICLE}\n\n${filler.join('\n\n')}`;
  // A backup of the long article, made in one browser ...
  const first = new ImportPage(app);
  await first.open();
  await first.importFile('long-report.txt', long);
  await first.save({ title: TITLE });
  const backup = await first.download('Download a backup');

  // ... restored into another whose storage is full. The quota is the browser's own, lowered
  // for this origin through DevTools, so IndexedDB really refuses the write
  // (QuotaExceededError) as on a full device. (Chromium 156 applies a lowered quota only
  // until it is raised, so everything that must fail comes first.)
  const context = await browser.newContext();
  const other = new AppPage(await context.newPage(), site.url);
  await other.attach();
  const cdp = await context.newCDPSession(other.page);
  const setQuota = (quotaSize) => cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(site.url).origin, quotaSize });
  const imp = new ImportPage(other);
  await imp.open();
  await setQuota(20_000);
  await imp.chooseBackup(backup.text);
  await expect(other.page.locator('.export-panel .import-error')).toHaveText(/^Nothing was restored: the browser's storage for this site is full\. Delete some of your articles or free space/);
  await expect(imp.items).toHaveCount(0);
  // Saving an import fails the same way; the review stays open with the corrected title.
  await imp.importFile('long-report.txt', long);
  await imp.review.getByLabel('Title').first().fill(TITLE);
  await imp.review.getByRole('button', { name: 'Save' }).click();
  await expect(imp.review.locator('.import-error')).toHaveText(/^Nothing was saved: the browser's storage for this site is full\./);
  await expect(imp.review.getByLabel('Title').first()).toHaveValue(TITLE);
  await expect(imp.items).toHaveCount(0);

  // With room again, the same review saves, and the restore works.
  await setQuota(1_000_000_000);
  await imp.review.getByRole('button', { name: 'Save' }).click();
  await expect(imp.notices).toContainText(/Saved 1 imported article/, { timeout: 30_000 });
  await imp.restore(backup.text);
  await expect(imp.items).toHaveCount(1);
  await expect(imp.items.first()).toContainText(TITLE);
  other.expectClean();
  await context.close();
});

test('backup and restore: a restore brings back exactly what the backup holds', async ({ app }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await imp.importFile('camp-report.txt', ARTICLE);
  await imp.save({ title: TITLE, outlet: 'My own notes', date: '2011-12' });
  const first = await imp.download('Download a backup');
  expect(first.name).toBe('ashraf-explorer-backup.json');
  const backup = JSON.parse(first.text);
  expect(backup.records.map((r) => r.article.title)).toEqual([TITLE]);
  await imp.deleteItem(TITLE);
  await expect(imp.items).toHaveCount(0);
  await imp.restore(first.text);
  await expect(imp.items).toHaveCount(1);
  const second = await imp.download('Download a backup');
  expect(second.text).toBe(first.text);
  // A damaged backup changes nothing.
  await imp.chooseBackup(first.text.replace('"schema_version":1', '"schema_version":9'), 'b.json');
  await expect(imp.page.locator('.export-panel .import-error')).toContainText('Nothing was restored');
  await expect(imp.items).toHaveCount(1);
});

test('export: the filtered articles as corpus.json and as CSV', async ({ app }) => {
  const data = await corpus();
  const kindOf = Object.fromEntries(data.outlets.map((o) => [o.id, o.kind]));
  const expected = data.articles.filter((a) => kindOf[a.outlet] === 'wire_service').map((a) => a.id).sort();
  expect(expected.length).toBeGreaterThan(0);
  const imp = new ImportPage(app);
  await imp.open('?view=import&kind=wire_service');
  await expect(imp.page.locator('.export-panel')).toContainText(`Export the ${expected.length} article`);
  const json = JSON.parse((await imp.download('Export JSON (corpus.json format)')).text);
  expect(json.schema_version).toBe(1);
  expect(json.articles.map((a) => a.id).sort()).toEqual(expected);
  expect(json.quotes.every((q) => expected.includes(q.article))).toBe(true);
  const quoteCount = data.quotes.filter((q) => expected.includes(q.article)).length;
  expect(json.quotes.length).toBe(quoteCount);
  for (const a of json.articles) for (const p of a.places) expect(json.entities.places.some((x) => x.id === p)).toBe(true);
  const csv = (await imp.download('Export CSV')).text;
  const lines = csv.split('\r\n').filter((l) => l.startsWith('"') || /^[a-z0-9-]+,/.test(l));
  expect(csv.startsWith('id,title,title_inferred,outlet,outlet_kind')).toBe(true);
  for (const id of expected) expect(csv).toContain(`\r\n${id},`);
  expect(lines.length).toBeGreaterThanOrEqual(expected.length + 1);
});

test('copies: an imported, edited copy of a seed article is shown as a copy of it', async ({ app, page }) => {
  const data = await corpus();
  const original = data.articles.find((a) => a.paragraphs.length >= 8);
  const paragraphs = original.paragraphs.slice(0, -2); // the end cut
  paragraphs.splice(2, 1); // a paragraph cut
  paragraphs[0] = paragraphs[0].replace(/ /, ' reportedly ').concat(' (edited)'); // reworded
  const text = `Shared from a forum\n\nREPOSTED WITHOUT PERMISSION\n\n${paragraphs.join('\n\n')}`;
  const imp = new ImportPage(app);
  await imp.open();
  await imp.paste(text);
  await expect(imp.review.locator('.review-copy')).toContainText(`This text is a copy of “${original.title}”`);
  await imp.save();
  await expect(imp.items.first()).toContainText(`a copy of “${original.title}”`);
  await app.goto(`?article=${encodeURIComponent(original.id)}`);
  const copies = page.locator('.provenance ol.copies > li');
  await expect(copies).toHaveCount(original.copies.length + 1);
  await expect(copies.filter({ has: page.locator('.badge-user') })).toContainText('pasted text');
  // Not an article of its own.
  await app.goto('');
  await expect(page.locator('li.result')).toHaveCount(data.articles.length);
});

test('import view: no axe violations, light and dark, with the review open', async ({ app, page }) => {
  const imp = new ImportPage(app);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await imp.open();
    await imp.importFile('camp-report.txt', ARTICLE);
    expect(await app.axeViolations(), scheme).toEqual([]);
    await imp.page.getByRole('button', { name: 'Cancel' }).click();
  }
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await app.horizontalOverflow()).toBe(0);
});

testBothDeploys('import works under the deploy path (the worker follows the base URL)', async ({ app }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await imp.paste(ARTICLE);
  await imp.save();
  await expect(imp.items).toHaveCount(1);
});

test('import: people the entity dictionary does not know become facets and speakers, each quote saying how its speaker was found', async ({ app, page }) => {
  const imp = new ImportPage(app);
  await imp.open();
  await imp.importFile('streaming.txt', `Streaming service opens an office in Baghdad

BAGHDAD - The company will open an office in the city next year, officials said on Monday.

"It is a big day for our viewers in the region," said Kevin Mayer, chairman of the company's streaming division.

Analysts were less sure. "We will grow slowly," he said.

Ellen Fetter, a lawyer for the group, said the plan was "far from settled."`);
  await imp.save({ title: 'Streaming office report' });

  // The people facet lists them, as it lists the dictionary's people.
  const explorer = new ExplorerPage(app);
  await explorer.open('?kind=user_import');
  await explorer.expand('People mentioned');
  await expect(explorer.checkbox('People mentioned', 'Kevin Mayer')).toBeVisible();
  await expect(explorer.checkbox('People mentioned', 'Ellen Fetter')).toBeVisible();

  // The wall filters by them; "he said" is Kevin Mayer, and the card says why.
  const wall = new QuotesPage(app);
  await wall.open('&speaker=person-kevin-mayer');
  await wall.expectShown(2);
  const card = wall.cards.filter({ hasText: 'We will grow slowly' });
  await card.getByText('How the speaker was found').click();
  await expect(card).toContainText('“he” is Kevin Mayer, the person quoted last');
  await wall.open('&speaker=person-ellen-fetter');
  await wall.expectShown(1);
  await expect(wall.cards.first()).toContainText('far from settled');
});
