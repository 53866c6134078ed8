// The reader: marked paragraphs, the provenance panel, previous / next within the results,
// article text rendered as text (markup stays inert), and a clear screen when the corpus
// cannot be loaded.
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

test('opening a result shows the article with marks and its provenance', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=liberty&sort=newest');
  const title = (await ex.results.first().getByRole('heading').textContent()).replace('inferred title', '').trim();
  await ex.openResult(0);
  await expect(page).toHaveURL(/[?&]article=/);
  await expect(page.locator('#article-title')).toHaveText(title);
  // Entities, quotes and the search hits are marked in the text.
  await expect(page.locator('.article-text .m').first()).toBeVisible();
  await expect(page.locator('.article-text mark').first()).toHaveText(/liberty/i);
  const prov = ex.provenance();
  for (const term of ['Original outlet', 'Republished by', 'Byline', 'Date', 'Title', 'Copies']) {
    await expect(prov.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
  }
  await expect(prov.locator('.copies li').first()).toContainText(/\.txt, segment \d+ \(line \d+\)/);
  await expect(prov).toContainText(/printed date|month only|estimated|date unknown/);
});

test('previous / next walk the current results and back returns to them', async ({ app, page }) => {
  const ex = new ExplorerPage(app);
  await ex.open('?q=camp');
  const n = await ex.count();
  expect(n).toBeGreaterThan(2);
  const titles = await ex.results.locator('h3 a').allTextContents();
  await ex.openResult(0);
  await expect(page.locator('.reader-nav .position')).toHaveText(`1 of ${n}`);
  await page.getByRole('link', { name: 'Next ›' }).click();
  await expect(page.locator('.reader-nav .position')).toHaveText(`2 of ${n}`);
  await expect(page.locator('#article-title')).toHaveText(titles[1]);
  await page.getByRole('link', { name: '‹ Previous' }).click();
  await expect(page.locator('#article-title')).toHaveText(titles[0]);
  await page.getByRole('link', { name: /^← Results/ }).click();
  await expect(ex.searchBox).toHaveValue('camp');
  await ex.expectCount(n);
});

test('an inferred title is labelled as inferred', async ({ app, page }) => {
  const corpus = await (await page.request.get(app.url('data/corpus.json'))).json();
  const inferred = corpus.articles.find((a) => a.title_inferred);
  test.skip(!inferred, 'no inferred title in this corpus');
  const ex = new ExplorerPage(app);
  await ex.open(`?article=${inferred.id}`);
  await expect(page.locator('.article-header .badge')).toContainText('inferred');
  await expect(ex.provenance()).toContainText('Inferred');
});

test('markup inside article text is shown as text, never run', async ({ app, page }) => {
  const real = await (await page.request.get(app.url('data/corpus.json'))).json();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  real.articles[0].title = `Hostile ${hostile}`;
  real.articles[0].paragraphs[0] = `${hostile} ${real.articles[0].paragraphs[0]}`;
  await page.route('**/data/corpus.json', (route) => route.fulfill({ json: real }));
  const ex = new ExplorerPage(app);
  await ex.open(`?article=${real.articles[0].id}&q=hostile`);
  await expect(page.locator('#article-title')).toContainText('<img src=x');
  await expect(page.locator('#p-0')).toContainText('<script>window.__pwned=2</script>');
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('a corpus that cannot be read shows an error screen, not a crash', async ({ app, page }) => {
  await page.route('**/data/corpus.json', (route) => route.fulfill({ body: '{"articles": [', contentType: 'application/json' }));
  await app.goto('');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('not a corpus.json file');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('a link to a quote opens its article scrolled to the marked quote', async ({ app, page }) => {
  const corpus = await (await page.request.get(app.url('data/corpus.json'))).json();
  // A quote late in a long article, so that scrolling is needed.
  const quote = [...corpus.quotes].sort((a, b) => b.paragraph - a.paragraph)[0];
  const ex = new ExplorerPage(app);
  await ex.open(`?article=${quote.article}&quote=${quote.id}`);
  const marked = page.locator('.quote-focus');
  await expect(marked.first()).toBeVisible();
  await expect(marked.first()).toBeInViewport();
  const text = (await marked.allTextContents()).join('');
  expect(quote.text.startsWith(text.slice(0, 20))).toBe(true);
  await expect(marked.first()).toHaveAttribute('title', new RegExp(quote.speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('the linked quote tells, on demand, how its speaker was found', async ({ app, page }) => {
  const corpus = await (await page.request.get(app.url('data/corpus.json'))).json();
  // A quote credited by words after it that name the speaker by a pronoun or a short name
  // ("“…,” he added."): the rule, the article's words and how they were resolved.
  const quote = corpus.quotes.find((q) => q.attribution?.rule === 'quotation, speaker, speech verb' && q.attribution.resolution);
  expect(quote).toBeTruthy();
  const ex = new ExplorerPage(app);
  await ex.open(`?view=reader&article=${quote.article}&quote=${quote.id}`);
  const note = page.locator(`#p-${quote.paragraph} + .quote-note`);
  await expect(note).toContainText(`Quote: ${quote.speaker}`);
  const found = note.locator('details');
  const summary = found.getByText('How the speaker was found');
  const rule = found.locator('dt:text-is("Rule") + dd');
  // Closed until asked for.
  await expect(summary).toBeVisible();
  await expect(rule).toBeHidden();
  await summary.click();
  await expect(rule).toHaveText('The quotation is followed by the speaker and a verb of saying.');
  // The article's words, verbatim, as a quotation; then how the name was resolved.
  await expect(found.locator('dt:text-is("In the article") + dd q')).toHaveText(quote.attribution.words);
  await expect(found.locator('dt:text-is("Resolved") + dd')).toHaveText(quote.attribution.resolution);
  expect(corpus.articles.find((a) => a.id === quote.article).paragraphs[quote.paragraph]).toContain(quote.attribution.words);
  expect(await app.axeViolations()).toEqual([]);
});

test('a quote credited to nobody says so, in the reader and on its card', async ({ app, page }) => {
  const corpus = await (await page.request.get(app.url('data/corpus.json'))).json();
  const quote = corpus.quotes[0];
  quote.speaker = 'unknown';
  quote.speaker_id = null;
  quote.affiliation = null;
  delete quote.attribution;
  await page.route('**/data/corpus.json', (route) => route.fulfill({ json: corpus }));
  const ex = new ExplorerPage(app);
  await ex.open(`?view=reader&article=${quote.article}&quote=${quote.id}`);
  const found = page.locator('.quote-note details');
  await found.getByText('How the speaker was found').click();
  await expect(found).toContainText('Nothing in the text credits these words to anyone.');
  // In-app navigation: a new page load would read the corpus through the service worker.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Quotes' }).click();
  const card = page.locator(`[data-quote-id="${quote.id}"]`);
  await card.getByText('How the speaker was found').click();
  await expect(card.locator('.found')).toContainText('Nothing in the text credits these words to anyone.');
});
