// Page object for the explorer (search, facets, chips, results) and the reader.
import { expect } from '@playwright/test';

export class ExplorerPage {
  /** @param {import('./app-page.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.searchBox = this.page.getByRole('searchbox', { name: 'Search titles, article text and quotes' });
    this.countHeading = this.page.locator('#results-heading');
    this.results = this.page.locator('.result-list > li');
    this.chips = this.page.getByRole('list', { name: 'Active filters' }).getByRole('link');
    this.notices = this.page.locator('.notices .notice');
  }

  /** Opens the explorer at a query string ("?q=…") and waits for the results. */
  async open(route = '') {
    await this.app.goto(route);
    await expect(this.page.locator('main#main')).toBeVisible();
  }

  /** The number of results the heading announces ("3 articles of 13" → 3). */
  async count() {
    const text = await this.countHeading.textContent();
    const m = text.match(/(\d+) articles?/);
    if (!m) throw new Error(`no count in "${text}"`);
    return Number(m[1]);
  }

  /** Expects the heading count and the number of listed results to be `n`. */
  async expectCount(n) {
    await expect(this.countHeading).toHaveText(new RegExp(`^${n} articles?\\b`));
    if (n > 0) await expect(this.results).toHaveCount(n);
    else await expect(this.page.locator('.empty-state')).toBeVisible();
  }

  async search(text) {
    await this.searchBox.fill(text);
  }

  group(legend) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /** The checkbox rows of a facet: [{ label, count, checked, disabled }]. */
  async facetValues(legend) {
    return this.group(legend).locator('.facet-values li').evaluateAll((items) => items.map((li) => ({
      label: li.querySelector('.value-label').textContent,
      count: Number(li.querySelector('.count').textContent),
      checked: li.querySelector('input').checked,
      disabled: li.querySelector('input').disabled,
    })));
  }

  /** A facet value's checkbox; its accessible name is the label followed by the live count. */
  checkbox(legend, label) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.group(legend).getByRole('checkbox', { name: new RegExp(`^${escaped} \\d+$`) });
  }

  /** Shows every value of a facet (the list is cut after a few). */
  async expand(legend) {
    const more = this.group(legend).getByRole('button', { name: /^Show all/ });
    if (await more.count()) await more.click();
  }

  /** Query parameters of the current URL as [key, value] pairs. */
  params() {
    return [...new URL(this.page.url()).searchParams.entries()];
  }

  async openResult(index) {
    await this.results.nth(index).getByRole('heading').getByRole('link').click();
    await expect(this.page.locator('#article-title')).toBeVisible();
  }

  provenance() {
    return this.page.getByRole('complementary', { name: 'Provenance' });
  }
}
