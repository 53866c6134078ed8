// Where the builds under test live, how to make them, and how to derive a changed build B.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm, stat, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASHED } from '../server.mjs';
import { postBuild } from '../../scripts/post-build.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = path.join(ROOT, 'e2e', 'artifacts');
/** This run's folder (see playwright.config.mjs). */
export const RUN_DIR = process.env.E2E_RUN_ID ? path.join(ARTIFACTS, 'runs', process.env.E2E_RUN_ID) : ARTIFACTS;

/** The release build served at `/` (scripts/test builds it with `trunk build --release`). */
export const ROOT_DIST = path.resolve(ROOT, process.env.E2E_DIST || 'dist');
/** The release build for a sub-path deploy (`--public-url /ashraf-explorer/`). */
export const SUB_BASE = '/ashraf-explorer/';
export const SUB_DIST = path.resolve(ROOT, process.env.E2E_DIST_SUB || 'dist-sub');
/** Build B: ROOT_DIST with every hashed file renamed and a new version (made by global setup). */
export const DIST_B = path.join(RUN_DIR, 'dist-b');

export async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Runs `trunk build --release --offline` (used when the e2e suite runs without scripts/test). */
export function trunkBuild(dist, publicUrl) {
  const args = ['build', '--release', '--offline', '--dist', dist, '--public-url', publicUrl];
  console.log(`e2e: trunk ${args.join(' ')}`);
  execFileSync('trunk', args, { cwd: ROOT, stdio: 'inherit' });
}

export async function listFiles(dir, prefix = '') {
  const out = [];
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

/** The build version stamped into index.html by scripts/post-build.mjs. */
export async function buildVersion(dir) {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const m = html.match(/<meta name="ashraf-build" content="([0-9a-f]+)">/);
  if (!m) throw new Error(`${dir}/index.html has no ashraf-build stamp`);
  return m[1];
}

const TEXT = /\.(html|js|css|json|webmanifest|svg|txt)$/;

/**
 * Derives a "new deploy" from a finished build without recompiling: every hashed file gets a
 * new name (as after a code change), index.html gets a marker, integrity attributes are
 * recomputed, and the post-build step runs again (new version, new sw.js, new 404.html).
 */
export async function makeChangedBuild(src, dest, publicUrl = '/') {
  await rm(dest, { recursive: true, force: true });
  await cp(src, dest, { recursive: true });
  await rm(path.join(dest, 'sw.js'), { force: true });
  await rm(path.join(dest, '404.html'), { force: true });

  const renames = new Map();
  for (const rel of await listFiles(dest)) {
    const base = path.posix.basename(rel);
    const m = base.match(/-([0-9a-f]{8,16})(?:_bg)?\.[a-z0-9]+$/);
    if (!m || !HASHED.test(base)) continue;
    const fresh = createHash('sha256').update(`${m[1]}:B`).digest('hex').slice(0, 16);
    const to = rel.replace(m[1], fresh);
    renames.set(rel, to);
  }
  for (const [from, to] of renames) await rename(path.join(dest, from), path.join(dest, to));

  for (const rel of await listFiles(dest)) {
    if (!TEXT.test(rel)) continue;
    const p = path.join(dest, rel);
    let text = await readFile(p, 'utf8');
    const before = text;
    for (const [from, to] of renames) text = text.split(path.posix.basename(from)).join(path.posix.basename(to));
    if (rel === 'index.html') {
      text = text
        .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace(/\s*<meta name="ashraf-build"[^>]*>/, '')
        .replace(/\s*<meta name="ashraf-sw"[^>]*>/, '')
        .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n    <meta name="e2e-build" content="B">');
    }
    if (text !== before) await writeFile(p, text);
  }

  // Integrity attributes must match the (possibly rewritten) files.
  const indexPath = path.join(dest, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const tags = html.match(/<link\b[^>]*>/g) || [];
  for (const tag of tags) {
    const href = tag.match(/\bhref="([^"]+)"/);
    const integrity = tag.match(/\bintegrity="(sha(?:256|384|512))-[^"]+"/);
    if (!href || !integrity) continue;
    const rel = href[1].startsWith(publicUrl) ? href[1].slice(publicUrl.length) : href[1];
    const body = await readFile(path.join(dest, rel));
    const algo = integrity[1];
    const digest = createHash(algo).update(body).digest('base64');
    html = html.replace(tag, tag.replace(integrity[0], `integrity="${algo}-${digest}"`));
  }
  await writeFile(indexPath, html);

  const r = await postBuild({ dir: dest, publicUrl, release: true });
  return { dir: dest, version: r.version, renames };
}
