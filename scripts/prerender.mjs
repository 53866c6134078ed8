// The first screen's preview, taken from the real app at build time.
//
// Release builds only (called by scripts/post-build.mjs before it versions the build): the
// staging folder is served, opened in Debian's headless Chromium, and once the explorer has
// rendered its default view (every article, newest first), its header and results are copied
// into index.html inside #boot. On a slow connection the reader then sees the articles at the
// first paint instead of a loading card while the WebAssembly downloads; public/boot.js shows
// the preview only on the default view (a link to a search or an article gets the loading
// card), and the app removes #boot, preview included, when its own first screen is rendered.
//
// The copy is the browser's own serialisation of the app's DOM, so it escapes text as the app
// does and looks as the app looks (same classes, same style sheets). It is inert and hidden from
// assistive technology: nothing in it can be focused or clicked until the app replaces it. Ids
// and the attributes that point at ids are dropped so that nothing collides with the app's own;
// the filter lists and the naming charts are left out (the app fills them after its first paint
// too), keeping only their frames, so the layout does not move when the app takes over.

import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { startServer } from '../e2e/server.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../e2e/chromium.mjs';

/** Where index.html takes the preview (inside #boot). */
export const PREVIEW_MARKER = '<!-- first-screen preview (scripts/prerender.mjs) -->';

/** Runs in the page: the preview's markup from the rendered app. */
function snapshot() {
  const header = document.querySelector('body > header.site-header');
  const main = document.querySelector('body > main#main');
  if (!header || !main || !main.querySelector('.result-list')) return null;
  const parts = [header, main].map((e) => e.cloneNode(true));
  for (const part of parts) {
    // Filled by the app after its first paint: only their frames are kept.
    for (const panel of part.querySelectorAll('aside.facets details')) {
      for (const child of [...panel.children]) if (child.tagName !== 'SUMMARY') child.remove();
    }
    for (const e of part.querySelectorAll('.naming, .user-notices, .notices')) e.remove();
    for (const e of [part, ...part.querySelectorAll('*')]) {
      for (const name of ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-live', 'name']) {
        e.removeAttribute(name);
      }
    }
  }
  return { html: parts.map((p) => p.outerHTML).join(''), results: main.querySelectorAll('.result-list > li').length };
}

/**
 * Opens the build in `dir` (served under `publicUrl`) and writes the preview into its
 * index.html. Returns the preview's size in bytes and the number of results it shows.
 */
export async function prerender({ dir, publicUrl = '/' }) {
  const indexPath = path.join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  if (!html.includes(PREVIEW_MARKER)) throw new Error(`${indexPath} has no preview marker`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new Error(`the first-screen preview needs playwright-core (run scripts/setup): ${err.message}`);
  }
  const server = await startServer({ dir, base: publicUrl, encodings: [] });
  let browser;
  try {
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    } catch (err) {
      throw new Error(`the first-screen preview needs Chromium at ${CHROMIUM_PATH} (scripts/setup installs `
        + `Debian's; set CHROMIUM_PATH for another Chromium or Chrome): ${err.message.split('\n')[0]}`);
    }
    // A phone's width: the filter panel starts closed there, as on the slow connections the
    // preview is for (on wider screens the app opens it when it takes over).
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForSelector('html[data-app="started"] body > main .result-list', { timeout: 120_000 });
    await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 120_000 });
    if (errors.length) throw new Error(`the app failed while rendering its preview: ${errors.join('; ')}`);
    const preview = await page.evaluate(snapshot);
    if (!preview) throw new Error('the app rendered no result list to preview');
    const block = `<div class="boot-preview" inert aria-hidden="true">${preview.html}</div>`;
    const bootTag = '<div id="boot" class="boot"';
    if (!html.includes(bootTag)) throw new Error(`${indexPath} has no ${bootTag}>`);
    // web/boot.css lays #boot out for the preview by this class, before the parser reaches it.
    const withPreview = html.replace(bootTag, '<div id="boot" class="boot boot--preview"').replace(PREVIEW_MARKER, block);
    await writeFile(indexPath, withPreview);
    return { bytes: Buffer.byteLength(block), results: preview.results };
  } finally {
    await browser?.close();
    await server.close();
  }
}
