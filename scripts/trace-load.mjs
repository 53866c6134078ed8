// Loads the site in `dist-dir` in Debian's Chromium driven by bare CDP and lists the renderer
// tasks over 40 ms with what is inside them. Unlike Playwright, it does not enable the Network
// domain (pass `network` to enable it): with it on, Chromium's DevTools agent decodes every text
// response it buffers (up to 10 MB) on the main thread, a 100-175 ms task for a 6.6 MB
// corpus.json that a visitor's browser does not have (issue 7; see README, Performance).
//
//   node --experimental-websocket scripts/trace-load.mjs <dist-dir> [network]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../e2e/server.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../e2e/chromium.mjs';
const srv = await startServer({ dir: process.argv[2], encodings: ['br', 'gzip'] });
const withNetwork = process.argv[3] === 'network';
const port = 9333;
const profile = mkdtempSync(path.join(tmpdir(), 'trace-load-'));
const chrome = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
let targets;
for (let i = 0; i < 50; i++) { try { targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); if (targets.length) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const page = targets.find(t => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise(r => ws.addEventListener('open', r));
let id = 0; const pending = new Map(); const events = []; let complete;
ws.addEventListener('message', (m) => { const msg = JSON.parse(m.data);
  if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
  else if (msg.method === 'Tracing.dataCollected') events.push(...msg.params.value);
  else if (msg.method === 'Tracing.tracingComplete') complete(); });
const send = (method, params = {}) => new Promise(r => { id += 1; pending.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
if (withNetwork) await send('Network.enable');
await send('Tracing.start', { categories: 'devtools.timeline,v8,blink,loading,toplevel,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await send('Page.navigate', { url: srv.url });
await new Promise(r => setTimeout(r, 6000));
const done = new Promise(r => { complete = r; });
await send('Tracing.end'); await done;
const exited = new Promise(r => chrome.once('exit', r));
ws.close(); chrome.kill(); await srv.close();
await exited;
const t0 = Math.min(...events.filter(e => e.ts > 0).map(e => e.ts));
const dec = events.filter(e => e.name === 'TextResourceDecoder::Decode' && e.ph === 'X' && e.dur > 2000);
const fcp = events.find(e => e.name === 'firstContentfulPaint');
console.log(`network domain: ${withNetwork}; first contentful paint at ${fcp ? ((fcp.ts - t0) / 1000).toFixed(0) : '?'} ms; text decodes over 2 ms: ${dec.map(e => (e.dur / 1000).toFixed(1)).join(' ') || 'none'}`);
for (const t of events.filter(e => e.name === 'RunTask' && e.ph === 'X' && e.dur > 40000)) {
  const inner = events.filter(e => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.ph === 'X' && e.dur > 2000);
  console.log(`task at ${((t.ts - t0) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms:`, inner.slice(0, 5).map(e => e.name + ' ' + (e.dur / 1000).toFixed(1)).join(' | '));
}
// Chromium's helper processes may still be writing to the profile after the browser exits:
// a leftover folder in /tmp is not worth failing the run for.
try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch (e) { console.error(`left ${profile}: ${e.code}`); }
