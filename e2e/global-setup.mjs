// Runs once per e2e run: makes sure the release builds exist (scripts/test builds them; a bare
// `npx playwright test -c e2e/playwright.config.mjs` builds them here when missing, or always with
// E2E_REBUILD=1) and derives build B for the update test.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ARTIFACTS, DIST_B, ROOT_DIST, SUB_BASE, SUB_DIST, exists, makeChangedBuild, trunkBuild,
} from './support/builds.mjs';

export default async function globalSetup() {
  await mkdir(ARTIFACTS, { recursive: true });
  const rebuild = process.env.E2E_REBUILD === '1';
  if (rebuild || !(await exists(path.join(ROOT_DIST, 'index.html')))) trunkBuild(ROOT_DIST, '/');
  if (rebuild || !(await exists(path.join(SUB_DIST, 'index.html')))) trunkBuild(SUB_DIST, SUB_BASE);
  const b = await makeChangedBuild(ROOT_DIST, DIST_B, '/');
  console.log(`e2e: build B (version ${b.version}) in ${path.relative(process.cwd(), DIST_B)}`);
}
