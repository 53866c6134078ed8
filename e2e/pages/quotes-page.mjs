// Page object for the quote wall (?view=wall).
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';

export class QuotesPage {
  /** @param {import('./app-page.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.heading = this.page.getByRole('heading', { level: 1, name: 'Quote wall' });
    this.cards = this.page.locator('.quote-card');
    this.countLine = this.page.locator('.wall-bar .result-count');
    this.said = this.page.getByLabel('Words in the quote');
    this.status = this.page.locator('.wall-status');
    this.notices = this.page.locator('.notices .notice');
  }

  /** Opens the wall with extra parameters ("&speaker=…"). */
  async open(params = '') {
    await this.app.goto(`?view=wall${params}`);
    await expect(this.heading).toBeVisible();
  }

  /** Quote ids of the cards, in wall order. */
  async shownIds() {
    return this.cards.evaluateAll((els) => els.map((e) => e.dataset.quoteId));
  }

  /** "12 quotes of 91" → [12, 91]. */
  async counts() {
    const text = await this.countLine.textContent();
    const m = text.match(/^(\d+) quotes? of (\d+)$/);
    if (!m) throw new Error(`no count in "${text}"`);
    return [Number(m[1]), Number(m[2])];
  }

  /** Expects the announced count and the cards shown to be `n`. */
  async expectShown(n) {
    await expect(this.countLine).toHaveText(new RegExp(`^${n} quotes? of \\d+$`));
    await expect(this.cards).toHaveCount(n);
  }

  facet(param) {
    return this.page.locator(`fieldset[data-facet="${param}"]`);
  }

  /** The list item of a facet value, by its exact label. */
  facetItem(param, label) {
    return this.facet(param).locator('li').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** The live count printed beside a facet value. */
  async facetCount(param, label) {
    return Number(await this.facetItem(param, label).locator('.count').textContent());
  }

  /** Every value of a facet with its live count: [{ label, count, disabled }]. */
  async facetValues(param) {
    return this.facet(param).locator('li').evaluateAll((items) => items.map((li) => ({
      label: li.querySelector('.value-label').textContent,
      count: Number(li.querySelector('.count').textContent),
      disabled: li.querySelector('input').disabled,
    })));
  }

  /** Ticks or unticks a facet value by its label (opening "Show all" when needed). */
  async toggle(param, label) {
    const more = this.facet(param).getByRole('button', { name: /^Show all/ });
    if (await more.count()) await more.click();
    await this.facetItem(param, label).getByRole('checkbox').click();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async exportFile(kind) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Export ${kind}` }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}

/** The corpus the build serves, read from the build directory. */
export async function readCorpus(dir) {
  return JSON.parse(await readFile(`${dir}/data/corpus.json`, 'utf8'));
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
