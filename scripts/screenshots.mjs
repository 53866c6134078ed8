#!/usr/bin/env node
// Screenshots of the main views, taken from the real release build (dist/) served by
// e2e/server.mjs, in Debian's Chromium. For the README:
//
//   . scripts/env.sh && trunk build --release --offline && node scripts/screenshots.mjs [out-dir]
//
// Writes <out-dir>/<view>-<desktop|phone>[-dark].png (default out-dir: docs/screenshots).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { startServer } from '../e2e/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, process.env.E2E_DIST || 'dist');
const OUT = path.resolve(process.argv[2] || path.join(ROOT, 'docs', 'screenshots'));

let firstArticle = null;
let copiedArticle = null;
try {
  const corpus = JSON.parse(await readFile(path.join(DIST, 'data', 'corpus.json'), 'utf8'));
  firstArticle = corpus.articles?.find((a) => a && typeof a.id === 'string')?.id ?? null;
  copiedArticle = corpus.articles?.find((a) => a && a.copies?.length > 1)?.id ?? null;
} catch (err) {
  console.warn(`screenshots: no readable data/corpus.json in ${DIST} (${err.message})`);
}

// name, query (relative to the site), optional selector scrolled to the top
const VIEWS = [
  ['explorer', ''],
  ['search', '?q=liberty'],
  ...(firstArticle ? [['reader', `?view=reader&article=${encodeURIComponent(firstArticle)}`]] : []),
  ['map', '?view=map'],
  ['synonyms', '?q=PMOI'],
  ['wall', '?view=wall&order=speaker'],
  ['timeline', '?view=timeline'],
  ['claims', '?view=claims'],
  ['import', '?view=import'],
  ...(copiedArticle ? [['copies', `?view=reader&article=${encodeURIComponent(copiedArticle)}`, '.copy-compare']] : []),
];
const DEVICES = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

await mkdir(OUT, { recursive: true });
const server = await startServer({ dir: DIST, base: '/' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
let failures = 0;
try {
  for (const [deviceName, device] of Object.entries(DEVICES)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ ...device, colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      for (const [name, query, scrollTo] of VIEWS) {
        const file = path.join(OUT, `${name}-${deviceName}${colorScheme === 'dark' ? '-dark' : ''}.png`);
        try {
          await page.goto(new URL(query, server.url).href);
          await page.locator('#boot').waitFor({ state: 'detached', timeout: 20_000 });
          await page.waitForLoadState('networkidle');
          if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView());
          await page.screenshot({ path: file });
          console.log(`wrote ${path.relative(ROOT, file)}`);
        } catch (err) {
          failures += 1;
          console.error(`screenshots: ${name} (${deviceName}, ${colorScheme}) failed: ${err.message.split('\n')[0]}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failures ? 1 : 0);
