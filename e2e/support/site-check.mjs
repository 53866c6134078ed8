// Static check of a build: no reference to an absolute path outside the public URL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './builds.mjs';

/**
 * Returns "file: reference" strings for every root-relative or same-host absolute reference in
 * HTML attributes, CSS url(), the web manifest and the service worker's precache list that does
 * not start with `publicUrl`. Protocol-relative and other-origin URLs are reported too: the site
 * must not load anything from elsewhere.
 */
export async function absoluteRefsOutside(dir, publicUrl) {
  const problems = [];
  const check = (file, ref) => {
    if (!ref || ref.startsWith('#') || ref.startsWith('data:') || ref.startsWith('blob:')) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
      problems.push(`${file}: external reference ${ref}`);
    } else if (ref.startsWith('/') && !ref.startsWith(publicUrl)) {
      problems.push(`${file}: ${ref}`);
    }
  };
  for (const rel of await listFiles(dir)) {
    const text = /\.(html|css|webmanifest|js)$/.test(rel) ? await readFile(path.join(dir, rel), 'utf8') : null;
    if (text === null) continue;
    if (rel.endsWith('.html')) {
      for (const m of text.matchAll(/\b(?:href|src|data-js|data-wasm|action|poster|content)="([^"]*)"/g)) {
        // <meta content> carries text, except for URLs; only judge values that look like paths.
        if (m[0].startsWith('content=') && !/^(\/|[a-z]+:\/\/)/i.test(m[1])) continue;
        if (m[0].startsWith('content=') && m[1].includes(' ')) continue;
        check(rel, m[1]);
      }
    } else if (rel.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) check(rel, m[1]);
      for (const m of text.matchAll(/@import\s+['"]([^'"]+)['"]/g)) check(rel, m[1]);
    } else if (rel.endsWith('.webmanifest')) {
      const walk = (v) => {
        if (typeof v === 'string') {
          if (v.startsWith('/') || /^[a-z]+:\/\//i.test(v)) check(rel, v);
        } else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(text));
    } else if (rel === 'sw.js') {
      for (const m of text.matchAll(/"url": "([^"]*)"/g)) check(rel, m[1]);
    } else if (rel.endsWith('.js')) {
      // JS bundles: only module imports and fetches with literal root-relative paths.
      for (const m of text.matchAll(/\b(?:import|fetch)\s*\(\s*['"`](\/[^'"`]*)['"`]/g)) check(rel, m[1]);
      for (const m of text.matchAll(/\bfrom\s+['"](\/[^'"]*)['"]/g)) check(rel, m[1]);
    }
  }
  return problems;
}
