// Page object for the claims view (src/components/claims_*.rs): one <section> per quantity with
// one table per subject; every row carries the claim's index in corpus.json (data-claim).
import { expect } from '@playwright/test';

export class ClaimsPage {
  /** @param {import('./app-page.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.sections = this.page.locator('.claims-section');
    this.rows = this.page.locator('tr[data-claim]');
  }

  async open(route = '?view=claims') {
    await this.app.goto(route);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Claims where sources disagree' })).toBeVisible();
  }

  section(title) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  row(index) {
    return this.page.locator(`tr[data-claim="${index}"]`);
  }
}
