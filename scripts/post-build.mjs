#!/usr/bin/env node
// Trunk `post_build` hook: turns Trunk's staging folder into an offline-capable site.
//
//   1. in release builds, writes the preview of the default view into index.html
//      (scripts/prerender.mjs: the built app opened in headless Chromium), so that the version
//      and the precache list cover it;
//   2. computes the build version: a hash of every file of the build (names and contents);
//   3. marks index.html with it (<meta name="ashraf-build">), and, in release builds, adds the
//      service-worker switch (<meta name="ashraf-sw">) and the same Content-Security-Policy as a
//      <meta> for static hosts that cannot send headers;
//   4. writes 404.html, a copy of index.html: static hosts without rewrite rules answer a deep
//      link with it, and since every link in it is absolute under the public URL the app boots and
//      its router reads the route from the address bar;
//   5. writes sw.js from scripts/sw-template.js with the precache list (hashed file names, each
//      with its SRI digest) and the versioned cache name.
//
// Run by Trunk with TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL and TRUNK_PROFILE set (see Trunk.toml), or
// by hand on a finished folder:  node scripts/post-build.mjs --dir dist --public-url / --release

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Keep in sync with e2e/server.mjs (the header) and README "Serve it yourself".
import { META_CSP } from './csp.mjs';
import { prerender } from './prerender.mjs';

export { META_CSP };

/** Files never precached: generated here, or only meaningful to a server. */
const NOT_PRECACHED = new Set(['sw.js', '404.html', 'robots.txt', '.nojekyll']);

function parseArgs(argv) {
  const opts = {
    dir: process.env.TRUNK_STAGING_DIR,
    publicUrl: process.env.TRUNK_PUBLIC_URL || '/',
    release: process.env.TRUNK_PROFILE === 'release',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--dir') opts.dir = argv[++i];
    else if (a === '--public-url') opts.publicUrl = argv[++i];
    else if (a === '--release') opts.release = true;
    else if (a === '--debug') opts.release = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.dir) throw new Error('no build folder: set TRUNK_STAGING_DIR or pass --dir');
  return opts;
}

async function listFiles(dir, prefix = '') {
  const out = [];
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.name.startsWith('.')) continue; // .stage, .nojekyll, editor files
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

const sha256 = (buf) => createHash('sha256').update(buf).digest();

function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Inserts `tags` right after <meta charset>, or at the start of <head>. */
function injectHead(html, tags) {
  const charset = html.match(/<meta\s+charset=[^>]*>/i);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${tags}${html.slice(at)}`;
  }
  const head = html.match(/<head[^>]*>/i);
  if (!head) throw new Error('index.html has no <head>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tags}${html.slice(at)}`;
}

export async function postBuild({ dir, publicUrl, release }) {
  const root = path.resolve(dir);
  const indexPath = path.join(root, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  if (/name="ashraf-build"/.test(html)) throw new Error(`${indexPath} was already processed`);

  const files = (await listFiles(root)).filter((f) => !NOT_PRECACHED.has(f));
  if (!files.includes('index.html')) throw new Error('index.html missing from the build');

  // 2. Version: every precached file's name and content, before index.html is marked.
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0').update(sha256(await readFile(path.join(root, f)))).update('\0');
  }
  h.update(publicUrl);
  const version = h.digest('hex').slice(0, 16);

  // 3. Mark index.html.
  const tags = [`<meta name="ashraf-build" content="${version}">`];
  if (release) {
    tags.unshift(`<meta http-equiv="Content-Security-Policy" content="${escapeAttr(META_CSP)}">`);
    tags.push('<meta name="ashraf-sw" content="sw.js">');
  }
  html = injectHead(html, tags.join('\n    '));
  await writeFile(indexPath, html);

  // 4. The deep-link fallback for static hosts.
  await writeFile(path.join(root, '404.html'), html);

  // 5. The service worker with its precache list.
  const precache = [];
  let bytes = 0;
  for (const f of files) {
    const body = await readFile(path.join(root, f));
    bytes += body.length;
    precache.push({ url: f, integrity: `sha256-${sha256(body).toString('base64')}` });
  }
  const template = await readFile(path.join(HERE, 'sw-template.js'), 'utf8');
  const header = [
    '// Generated by scripts/post-build.mjs from scripts/sw-template.js. Do not edit.',
    `const VERSION = ${JSON.stringify(version)};`,
    `const PRECACHE = ${JSON.stringify(precache, null, 1)};`,
  ].join('\n');
  if (!template.includes('/*@GENERATED@*/')) throw new Error('sw-template.js lost its /*@GENERATED@*/ marker');
  await writeFile(path.join(root, 'sw.js'), template.replace('/*@GENERATED@*/', header));

  return { version, files: precache.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.release) {
      const p = await prerender(opts);
      console.log(`post-build: first-screen preview of ${p.results} results (${(p.bytes / 1024).toFixed(1)} KiB of HTML)`);
    }
    const r = await postBuild(opts);
    console.log(
      `post-build: version ${r.version}, ${r.files} files precached (${(r.bytes / 1024).toFixed(1)} KiB), ` +
        `public URL ${opts.publicUrl}, ${opts.release ? 'release (service worker on)' : 'debug (service worker off)'}`,
    );
  } catch (err) {
    console.error(`post-build failed: ${err.stack || err}`);
    process.exit(1);
  }
}
