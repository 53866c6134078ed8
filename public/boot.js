// Starts the WebAssembly app and the service worker. Loaded as a module from index.html (Trunk's
// `pattern_script`, see Trunk.toml) instead of Trunk's default inline script, so the site runs
// under a Content-Security-Policy without 'unsafe-inline'.
//
// Contract with the app (NOTES-platform.md): the app mounts into <body> and removes #boot when its
// first screen is rendered. If the module fails to start, #boot shows the error instead.
// <html data-app="started"> once the module's `main` has returned, "failed" if it could not start.
// Events on window: `TrunkApplicationStarted` (as Trunk's own loader), `ashraf:update-ready` when a
// new deploy is installed and waiting; `window.ashrafPlatform.applyUpdate()` switches to it.

const tag = document.querySelector('script[data-wasm][data-js]');

function showFailure(message) {
  const boot = document.getElementById('boot');
  const text = document.getElementById('boot-message');
  document.documentElement.dataset.app = 'failed';
  if (boot) {
    boot.classList.add('boot--failed');
    boot.removeAttribute('aria-busy');
  }
  if (text) text.textContent = message;
}

async function start() {
  if (!tag) throw new Error('boot.js: the app <script> tag with data-js / data-wasm is missing');
  if (typeof WebAssembly !== 'object') {
    showFailure('This browser cannot run WebAssembly, which Ashraf Explorer needs.');
    return;
  }
  try {
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
