// Runs once per e2e run: makes sure the release builds exist (scripts/test builds them; a bare
// `npx playwright test -c e2e/playwright.config.mjs` builds them here when missing, or always with
// E2E_REBUILD=1) and derives build B for the update test.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ARTIFACTS, DIST_B, ROOT_DIST, RUN_DIR, SUB_BASE, SUB_DIST, exists, makeChangedBuild, trunkBuild,
} from './support/builds.mjs';

/** Removes the folders of runs older than a day. */
async function pruneOldRuns() {
  const runs = path.join(ARTIFACTS, 'runs');
  if (!(await exists(runs))) return;
  for (const name of await readdir(runs)) {
    const p = path.join(runs, name);
    const st = await stat(p);
    if (Date.now() - st.mtimeMs > 24 * 3600 * 1000) await rm(p, { recursive: true, force: true });
  }
}

export default async function globalSetup() {
  await mkdir(RUN_DIR, { recursive: true });
  await pruneOldRuns();
  console.log(`e2e: artifacts of this run in ${path.relative(process.cwd(), RUN_DIR)}`);
  const rebuild = process.env.E2E_REBUILD === '1';
  if (rebuild || !(await exists(path.join(ROOT_DIST, 'index.html')))) trunkBuild(ROOT_DIST, '/');
  if (rebuild || !(await exists(path.join(SUB_DIST, 'index.html')))) trunkBuild(SUB_DIST, SUB_BASE);
  const b = await makeChangedBuild(ROOT_DIST, DIST_B, '/');
  console.log(`e2e: build B (version ${b.version}) in ${path.relative(process.cwd(), DIST_B)}`);
}
