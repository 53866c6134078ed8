// The timeline view: every event of corpus.json on the axis with the sentences and articles
// behind it, date precision visible and distinct, and the date range it chooses (buttons, typed
// dates, keyboard) in the URL and in the explorer's results. Expectations come from corpus.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { TimelinePage } from './pages/timeline-page.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = JSON.parse(await readFile(path.join(ROOT, 'dist', 'data', 'corpus.json'), 'utf8'));

/** First and last day a stored date may stand for (the core's date_span). */
function span(date) {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** Articles the explorer must list for a range: their date may fall inside it. */
function articlesInRange(from, to) {
  const [lo] = span(from);
  const [, hi] = span(to);
  return corpus.articles
    .filter((a) => a.date && a.date_precision !== 'unknown')
    .filter((a) => { const [f, l] = span(a.date); return l >= lo && f <= hi; })
    .map((a) => a.title)
    .sort();
}

test('every event is on the axis at its date, with every sentence and article behind it', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  expect(corpus.events.length).toBeGreaterThan(0);
  for (const event of corpus.events) {
    const entry = tl.entry(event.date, event.date_precision);
    await expect(entry, event.id).toHaveCount(1);
    const ev = entry.locator(`.tl-event[data-event="${event.id}"]`);
    await expect(ev).toHaveCount(1);
    await expect(ev.getByRole('heading', { level: 3 })).toHaveText(event.label);
    const items = ev.locator('.tl-mentions > li');
    await expect(items).toHaveCount(event.mentions.length);
    for (const [i, m] of event.mentions.entries()) {
      const item = items.nth(i);
      await expect(item.locator('blockquote')).toHaveText(m.text);
      const title = corpus.articles.find((a) => a.id === m.article).title;
      // Inside a closed <details>: located by CSS, not by role (hidden from the a11y tree).
      const link = item.locator('.tl-source > a:not(.tl-quote)');
      await expect(link).toHaveText(title);
      const href = await link.getAttribute('href');
      expect(href).toContain(`article=${m.article}`);
      expect(href).toMatch(new RegExp(`#p-${m.paragraph}$`));
    }
  }
  // Every article sits at its own date, the undated ones in their own list.
  for (const a of corpus.articles) {
    const where = a.date && a.date_precision !== 'unknown'
      ? tl.entry(a.date, a.date_precision).locator('.tl-articles')
      : page.locator('.tl-undated');
    await expect(where.getByRole('link', { name: a.title, exact: true }), a.id).toHaveCount(1);
  }
  // Entries are in date order.
  const dates = await tl.entries.evaluateAll((els) => els.map((e) => e.dataset.date));
  expect(dates.map((d) => span(d)[0])).toEqual(dates.map((d) => span(d)[0]).sort());
});

test('a sentence link opens its paragraph, a quote link opens the reader at the quote', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  const event = corpus.events.find((e) => e.mentions.length > 0);
  const m = event.mentions[0];
  const ev = tl.event(event.id);
  await ev.locator('summary').click();
  const title = corpus.articles.find((a) => a.id === m.article).title;
  await ev.locator('.tl-mentions > li').first().getByRole('link', { name: title, exact: true }).click();
  await expect(page.locator('#article-title')).toHaveText(title);
  await expect(page.locator(`#p-${m.paragraph}`)).toContainText(m.text);
  await expect(page.locator(`#p-${m.paragraph}`)).toBeInViewport();
  await expect(page.locator(`#p-${m.paragraph}`)).toHaveClass(/para-target/);

  await page.goBack();
  const quote = page.locator('.tl-quote').first();
  await expect(quote).toBeAttached();
  const href = await quote.getAttribute('href');
  const qid = new URL(href, page.url()).searchParams.get('quote');
  const q = corpus.quotes.find((x) => x.id === qid);
  expect(q, 'the quote link names a corpus quote').toBeTruthy();
  await quote.locator('xpath=ancestor::details').locator('summary').click();
  await quote.click();
  await expect(page.locator('.quote-focus').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('article')).toBe(q.article);
});

test('estimated, month-only and printed dates are marked differently, with words', async ({ app }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  const byPrecision = (p) => corpus.events.find((e) => e.date_precision === p);
  const style = async (locator) => locator.locator('.tl-date .tl-mark').evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.borderTopStyle}|${s.backgroundColor}|${s.borderTopLeftRadius}`;
  });
  const marks = {};
  for (const p of ['day', 'month', 'year', 'estimated']) {
    const e = byPrecision(p);
    if (!e) continue;
    const entry = tl.entry(e.date, p);
    await expect(entry).toHaveClass(new RegExp(`prec-${p}`));
    marks[p] = await style(entry);
  }
  expect(Object.keys(marks)).toEqual(expect.arrayContaining(['day', 'estimated']));
  expect(new Set(Object.values(marks)).size, JSON.stringify(marks)).toBe(Object.keys(marks).length);
  const est = byPrecision('estimated');
  await expect(tl.entry(est.date, 'estimated').locator('.tl-prec')).toHaveText('estimated');
  await expect(tl.entry(byPrecision('day').date, 'day').locator('.tl-prec')).toHaveText('exact day');
  await expect(app.page.getByRole('list', { name: 'How dates are marked' }).getByRole('listitem')).toHaveCount(4);
});

test('choosing a range on the axis sets from/to, and the explorer lists exactly the articles in it', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  const raid = corpus.events.find((e) => e.date_precision === 'month');
  const late = corpus.articles.filter((a) => a.date_precision === 'day').map((a) => a.date).sort()[0];
  await tl.choose(raid.date, 'month', 'from');
  await expect.poll(() => tl.params().get('from')).toBe(raid.date);
  await tl.choose(late, 'day', 'to');
  await expect.poll(() => tl.params().get('to')).toBe(late);
  expect(tl.params().get('view')).toBe('timeline');
  await expect(tl.entry(raid.date, 'month')).toHaveClass(/in-range/);
  await expect(tl.entry(late, 'day')).toHaveClass(/in-range/);
  const expected = articlesInRange(raid.date, late);
  await expect(tl.status).toContainText(`${expected.length} article`);

  await page.getByRole('link', { name: /^Show (them|it) in the explorer$/ }).click();
  const ex = new ExplorerPage(app);
  await ex.expectCount(expected.length);
  const titles = (await ex.results.locator('.result-title a').allTextContents()).sort();
  expect(titles).toEqual(expected);
  expect(new URL(page.url()).searchParams.get('from')).toBe(raid.date);

  // Back: the timeline with the range; back again: only the start.
  await page.goBack();
  await expect(tl.entry(late, 'day')).toHaveClass(/in-range/);
  await page.goBack();
  await expect.poll(() => tl.params().get('to')).toBeNull();
  expect(tl.params().get('from')).toBe(raid.date);
});

test('typed dates are checked, put in order, and a bad one loses nothing', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  await tl.typeRange('2011-12-22', '2011-12');
  await expect.poll(() => tl.params().get('from')).toBe('2011-12');
  expect(tl.params().get('to')).toBe('2011-12-22');
  await expect(tl.from).toHaveValue('2011-12');
  await tl.typeRange('21/12/2011', '');
  await expect(page.getByRole('alert')).toContainText('“From” is not a date');
  await expect(tl.from).toHaveValue('21/12/2011');
  expect(tl.params().get('from')).toBe('2011-12');
  await page.getByRole('button', { name: 'Clear the date range' }).click();
  await expect.poll(() => tl.params().get('from')).toBeNull();
  expect(tl.params().get('to')).toBeNull();
});

test('keyboard: a range end is chosen with Enter and the focus stays on the button', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  await tl.open();
  const date = corpus.events.find((e) => e.date_precision === 'day').date;
  const button = tl.entry(date, 'day').getByRole('button', { name: /^Start here/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => tl.params().get('from')).toBe(date);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
});

test('the search and facets narrow the timeline, with the count and a way back to all', async ({ app, page }) => {
  const tl = new TimelinePage(app);
  const outlet = 'reuters';
  await tl.open(`?view=timeline&outlet=${outlet}`);
  const ids = corpus.articles.filter((a) => a.outlet === outlet).map((a) => a.id);
  await expect(page.locator('.scope-note')).toContainText(`${ids.length} of ${corpus.articles.length} articles`);
  const shownEvents = corpus.events.filter((e) => e.mentions.some((m) => ids.includes(m.article)));
  await expect(page.locator('.tl-event')).toHaveCount(shownEvents.length);
  await page.getByRole('link', { name: 'Show all articles' }).click();
  await expect(page.locator('.tl-event')).toHaveCount(corpus.events.length);
  expect(tl.params().get('outlet')).toBeNull();
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the timeline fits a 360 px screen', async ({ app, page }) => {
    const tl = new TimelinePage(app);
    await tl.open('?view=timeline&from=2011-12');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
