// Page object for the timeline view (src/components/timeline_*.rs): one <li class="tl-entry">
// per date and precision (data-date), events inside as <section data-event>, the range form.
import { expect } from '@playwright/test';

export class TimelinePage {
  /** @param {import('./app-page.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.entries = this.page.locator('.tl-entry');
    this.from = this.page.getByLabel('From', { exact: true });
    this.to = this.page.getByLabel('To', { exact: true });
    this.status = this.page.locator('.tl-status');
  }

  async open(route = '?view=timeline') {
    await this.app.goto(route);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  }

  /** The entry for a stored date at a precision ("day", "month", "year", "estimated"). */
  entry(date, precision) {
    return this.page.locator(`.tl-entry.prec-${precision}[data-date="${date}"]`);
  }

  event(id) {
    return this.page.locator(`.tl-event[data-event="${id}"]`);
  }

  /** Clicks "Start here" / "End here" on an entry. */
  async choose(date, precision, end) {
    await this.entry(date, precision).getByRole('button', { name: end === 'from' ? /^Start here/ : /^End here/ }).click();
  }

  async typeRange(from, to) {
    await this.from.fill(from);
    await this.to.fill(to);
    await this.page.getByRole('button', { name: 'Apply range' }).click();
  }

  params() {
    return new URL(this.page.url()).searchParams;
  }
}
