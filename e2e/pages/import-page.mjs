// Page object of "Your articles" (?view=import): import, review, list, export, backup.
import { expect } from '@playwright/test';

export class ImportPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.fileInput = this.page.locator('#import-file-input');
    this.pasteBox = this.page.getByLabel('Or paste the text of an article');
    this.review = this.page.locator('form.import-review');
    this.error = this.page.locator('.import-panel .import-error');
    this.items = this.page.locator('.user-items > li');
    this.notices = this.page.locator('.user-notices');
  }

  async open(route = '?view=import') {
    await this.app.goto(route);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your articles' })).toBeVisible();
  }

  /** Chooses a file given as { name, text | buffer }; waits for the review or an error. */
  async importFile(name, content, mimeType = 'text/plain') {
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
    await expect(this.review.or(this.error)).toBeVisible({ timeout: 30_000 });
  }

  /** Chooses several files at once ({ name, text, mimeType? } each); waits for the review or an error. */
  async importFiles(files) {
    await this.fileInput.setInputFiles(files.map(({ name, text, mimeType = 'text/html' }) => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') })));
    await expect(this.review.or(this.error)).toBeVisible({ timeout: 60_000 });
  }

  async paste(text) {
    await this.pasteBox.fill(text);
    await this.page.getByRole('button', { name: 'Read the pasted text' }).click();
    await expect(this.review.or(this.error)).toBeVisible({ timeout: 30_000 });
  }

  /** Saves the review (optionally with a corrected title / date) and waits for the rebuild. */
  async save({ title, date, outlet } = {}) {
    if (title !== undefined) await this.review.getByLabel('Title').first().fill(title);
    if (outlet !== undefined) await this.review.getByLabel('Original outlet').first().fill(outlet);
    if (date !== undefined) await this.review.getByLabel(/^Date/).first().fill(date);
    await this.review.getByRole('button', { name: 'Save' }).click();
    await expect(this.notices).toContainText(/Saved \d+ imported article/, { timeout: 30_000 });
  }

  /** Clicks a button that downloads a file and returns the file's text. */
  async download(buttonName) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a backup file to restore, without waiting for the outcome. */
  async chooseBackup(text, name = 'backup.json') {
    await this.page.locator('#restore-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async restore(text) {
    await this.chooseBackup(text);
    await expect(this.notices).toContainText(/Restored \d+ article/, { timeout: 30_000 });
  }

  async deleteItem(title) {
    const row = this.items.filter({ hasText: title });
    await row.getByRole('button', { name: `Delete “${title}”` }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.notices).toContainText(`Deleted “${title}”`);
  }
}
