// Starts the WebAssembly app and the service worker. Loaded as a module from index.html (Trunk's
// `pattern_script`, see Trunk.toml) instead of Trunk's default inline script, so the site runs
// under a Content-Security-Policy without 'unsafe-inline'.
//
// Contract with the app (NOTES-platform.md): the app mounts into <body> and removes #boot when its
// first screen is rendered. If the module fails to start, #boot shows the error instead.
// <html data-app="started"> once the module's `main` has returned, "failed" if it could not start.
// Events on window: `TrunkApplicationStarted` (as Trunk's own loader), `ashraf:first-screen` from
// the app when it has removed #boot, `ashraf:start-failed` when the module could not start,
// `ashraf:update-ready` when a new deploy is installed and waiting;
// `window.ashrafPlatform.applyUpdate()` switches to it. The service worker is registered once
// the first screen is settled (see whenStarted).

const tag = document.querySelector('script[data-wasm][data-js]');

function showFailure(message) {
  const boot = document.getElementById('boot');
  const text = document.getElementById('boot-message');
  document.documentElement.dataset.app = 'failed';
  // The message needs the whole card, not the preview's status bar (public/first-screen.js).
  delete document.documentElement.dataset.firstScreen;
  if (boot) {
    boot.classList.add('boot--failed');
    boot.removeAttribute('aria-busy');
  }
  if (text) text.textContent = message;
  window.dispatchEvent(new Event('ashraf:start-failed'));
}

/**
 * Resolves once the first screen has painted: the app's downloads (hundreds of KiB) then do not
 * compete with the style sheets and the first screen for the connection. Without a frame to
 * wait for (a tab opened in the background), after a short timeout.
 */
function afterFirstPaint() {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timeout);
      resolve();
    }, 0));
  });
}

/** Starts the downloads the app needs, in parallel: its code, its WebAssembly and the corpus. */
function preload() {
  const links = [
    { rel: 'modulepreload', href: tag.dataset.js },
    { rel: 'preload', href: tag.dataset.wasm, as: 'fetch', type: 'application/wasm' },
    // The app's own fetch("data/corpus.json") (default mode and credentials) takes this response.
    { rel: 'preload', href: 'data/corpus.json', as: 'fetch', type: 'application/json' },
  ];
  for (const { rel, href, as, type } of links) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (as) link.as = as;
    if (type) link.type = type;
    document.head.append(link);
  }
}

async function start() {
  if (!tag) throw new Error('boot.js: the app <script> tag with data-js / data-wasm is missing');
  if (typeof WebAssembly !== 'object') {
    showFailure('This browser cannot run WebAssembly, which Ashraf Explorer needs.');
    return;
  }
  try {
    await afterFirstPaint();
    preload();
    const { default: init } = await import(tag.dataset.js);
    const wasm = await init({ module_or_path: tag.dataset.wasm });
    // `main` has run: tests and tools wait for this attribute.
    document.documentElement.dataset.app = 'started';
    window.dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (err) {
    console.error('Ashraf Explorer failed to start:', err);
    showFailure(
      navigator.onLine
        ? 'The explorer failed to start. Reloading the page may help.'
        : 'You are offline and the explorer has not been stored on this device yet.',
    );
  }
}

// ---- service worker ---------------------------------------------------------------------------

const platform = {
  /** True when a new version is installed and waiting. */
  updateReady: false,
  /** Activates the waiting version; every open tab reloads into it. */
  applyUpdate() {},
};
window.ashrafPlatform = platform;

function showUpdateNotice(worker) {
  platform.updateReady = true;
  platform.applyUpdate = () => worker.postMessage({ type: 'SKIP_WAITING' });
  window.dispatchEvent(new CustomEvent('ashraf:update-ready'));
  if (document.getElementById('sw-update')) return;
  const box = document.createElement('div');
  box.id = 'sw-update';
  box.className = 'sw-update';
  box.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of Ashraf Explorer is available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    platform.applyUpdate();
  });
  box.append(text, button);
  document.body.append(box);
}

/**
 * Resolves once the first screen is settled (the app's own, its load error, or this file's
 * failure message), the page is idle and the browser is online: the service worker's install
 * then downloads and stores the whole site (about 2 MB, with a digest of each file) without
 * competing with the app's start for the CPU. Registered at once, the install ran beside the
 * start and made the start's tasks up to twice as long (issue 7).
 */
function whenStarted() {
  return new Promise((resolve) => {
    // Registering fetches sw.js: offline by then, it waits for the connection to come back.
    const online = () => {
      if (navigator.onLine) resolve();
      else window.addEventListener('online', () => resolve(), { once: true });
    };
    const idle = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(online, { timeout: 2000 });
      else setTimeout(online, 0);
    };
    if (!document.getElementById('boot') || document.documentElement.dataset.app === 'failed') idle();
    else {
      window.addEventListener('ashraf:first-screen', idle, { once: true });
      window.addEventListener('ashraf:start-failed', idle, { once: true });
    }
  });
}

async function registerServiceWorker() {
  const meta = document.querySelector('meta[name="ashraf-sw"]');
  if (!meta || !('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new version took over a page that was already controlled: reload into it so the page
    // never mixes files of two builds. (The first install also fires this; nothing to do then.)
    if (!hadController || reloading) return;
    reloading = true;
    window.location.reload();
  });
  await whenStarted();
  try {
    const reg = await navigator.serviceWorker.register(new URL(meta.content, document.baseURI), {
      updateViaCache: 'none',
    });
    const watch = (worker) => {
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdateNotice(worker);
      });
    };
    if (reg.waiting && navigator.serviceWorker.controller) showUpdateNotice(reg.waiting);
    // Long-lived tabs look for a new deploy when they come back to the foreground (at most
    // every 30 minutes); browsers check on navigation anyway.
    let lastCheck = Date.now();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 30 * 60 * 1000) return;
      lastCheck = Date.now();
      reg.update().catch(() => {});
    });
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
  } catch (err) {
    console.warn('Service worker registration failed; the app still works online.', err);
  }
}

registerServiceWorker();
await start();
