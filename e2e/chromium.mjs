// Debian's Chromium, started the way it works on these machines (closed network, no GPU, root).
// Playwright must never download a browser: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 in scripts/setup.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
