#!/usr/bin/env node
// Lighthouse (npm) on the release build served locally by e2e/server.mjs (brotli / gzip, the
// production headers), in Debian's Chromium, with the mobile and the desktop presets.
//
//   node scripts/lighthouse.mjs [--dist dist] [--json target/lighthouse.json] [--runs 5]
//
// Each preset is run --runs times (LIGHTHOUSE_RUNS, default 5) and judged on the median run, as
// Lighthouse's own docs advise for variance (core/lib/median-run.js: the run nearest the median
// FCP and TTI); every run's performance score is printed too. Prints the four category scores
// of that run (targets: performance >= 95, accessibility, best practices and SEO 100; a missed
// one prints NOT MET and the audits that cost points), FCP, LCP, TBT and CLS. A run that ends in
// a Lighthouse runtime error (e.g. NO_NAVSTART, "please run Lighthouse again") is run again, up
// to twice. Nothing here needs the network: the site is on 127.0.0.1 and Chromium runs with the
// flags of e2e/chromium.mjs (no background networking, no component updates). Fails only when
// Lighthouse cannot run.

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../e2e/server.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../e2e/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

function parseArgs(argv) {
  const out = { dist: 'dist', json: null, runs: Number(process.env.LIGHTHOUSE_RUNS || 5) };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--dist' && argv[i + 1]) out.dist = argv[(i += 1)];
    else if (a === '--json' && argv[i + 1]) out.json = argv[(i += 1)];
    else if (a === '--runs' && argv[i + 1]) out.runs = Number(argv[(i += 1)]);
    else throw new Error(`unknown or incomplete argument ${a}`);
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error(`--runs / LIGHTHOUSE_RUNS must be a whole number of at least 1, not ${out.runs}`);
  return out;
}

function summarise(preset, lhr) {
  const a = lhr.audits;
  const num = (id) => a[id]?.numericValue;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const line = CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ');
  const missed = CATEGORIES.filter((c) => scores[c] < TARGETS[c]);
  console.log(`${preset.padEnd(8)} ${line}: ${missed.length ? `NOT MET (${missed.join(', ')})` : 'targets met'}`);
  console.log(`${''.padEnd(8)} FCP ${(num('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(num('largest-contentful-paint') / 1000).toFixed(2)} s, TBT ${Math.round(num('total-blocking-time'))} ms, CLS ${num('cumulative-layout-shift').toFixed(3)}, Speed Index ${(num('speed-index') / 1000).toFixed(2)} s`);
  for (const c of missed) {
    const lost = lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && a[r.id] && a[r.id].score !== null && a[r.id].score < 1)
      .map((r) => `${r.id} (${a[r.id].displayValue || a[r.id].score})`);
    console.log(`${''.padEnd(8)} ${c} loses points on: ${lost.join(', ') || '(none weighted)'}`);
  }
  return {
    preset,
    scores,
    metrics: {
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      si: num('speed-index'),
    },
    met: missed.length === 0,
  };
}

/** One Lighthouse run; a runtime error (Lighthouse asks to run it again) is retried twice. */
async function runOnce(url, port, preset, config) {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    }, config);
    if (!run?.lhr) throw new Error(`lighthouse gave no result for ${preset}`);
    if (!run.lhr.runtimeError) return run.lhr;
    lastError = `${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}`;
    console.log(`${''.padEnd(8)} ${preset} run failed (${lastError}); attempt ${attempt} of 3`);
  }
  throw new Error(`lighthouse ${preset}: ${lastError}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const srv = await startServer({ dir: path.resolve(ROOT, opts.dist) });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results = [];
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const started = Date.now();
      const runs = [];
      for (let i = 0; i < opts.runs; i += 1) runs.push(await runOnce(srv.url, chrome.port, preset, config));
      const median = computeMedianRun(runs);
      const scores = runs.map((lhr) => Math.round(lhr.categories.performance.score * 100));
      const result = summarise(preset, median);
      result.runs = scores;
      results.push(result);
      console.log(`${''.padEnd(8)} median of ${runs.length} run${runs.length === 1 ? '' : 's'}; performance of each run: ${scores.join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await chrome.kill();
    await srv.close();
  }
  if (opts.json) await writeFile(opts.json, `${JSON.stringify(results, null, 1)}\n`);
}

main().catch((err) => {
  console.error(`lighthouse: ${err.stack || err}`);
  process.exit(1);
});
