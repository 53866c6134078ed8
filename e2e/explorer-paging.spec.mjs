// Results are rendered 20 at a time, so that a corpus of thousands of articles stays responsive
// (issue 7): a synthetic corpus of 130 articles (crates/ashraf-core/src/synth.rs) shows 20
// results, "Show 20 more (110 not shown)" adds the next ones, and a new search starts again at 20.
import { execFileSync } from 'node:child_process';
import { cp, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { ExplorerPage } from './pages/explorer-page.mjs';
import { ROOT_DIST } from './support/builds.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = 130;
const PAGE = 20;

let site;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await mkdtemp(path.join(os.tmpdir(), 'ashraf-paging-'));
  await cp(ROOT_DIST, site, { recursive: true });
  const corpus = path.join(site, 'synthetic.json');
  execFileSync('cargo', ['run', '-q', '-p', 'ashraf-core', '--release', '--bin', 'synth-corpus', '--',
    String(ARTICLES), corpus], { cwd: ROOT, stdio: 'inherit' });
  await copyFile(corpus, path.join(site, 'data/corpus.json'));
});
test.afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

test('results come 20 at a time with a button for more', async ({ serve, appAt, page }) => {
  const corpus = JSON.parse(await readFile(path.join(site, 'data/corpus.json'), 'utf8'));
  expect(corpus.articles).toHaveLength(ARTICLES);
  const srv = await serve(site);
  const app = await appAt(srv.url);
  const ex = new ExplorerPage(app);
  await ex.open();
  await expect(ex.countHeading).toHaveText(`${ARTICLES} articles`);
  await expect(ex.results).toHaveCount(PAGE);
  expect(await app.axeViolations()).toEqual([]);
  // Each click adds a page; the last one adds what is left (10).
  for (let shown = PAGE; shown < ARTICLES; shown += PAGE) {
    const rest = ARTICLES - shown;
    await page.getByRole('button', { name: `Show ${Math.min(PAGE, rest)} more (${rest} not shown)` }).click();
    await expect(ex.results).toHaveCount(Math.min(shown + PAGE, ARTICLES));
  }
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);

  // A new search starts again at one page.
  await ex.search('ashraf');
  const n = await ex.count();
  expect(n).toBeGreaterThan(PAGE);
  await expect(ex.results).toHaveCount(PAGE);
  await expect(page.getByRole('button', { name: `Show ${PAGE} more (${n - PAGE} not shown)` })).toBeVisible();
});
