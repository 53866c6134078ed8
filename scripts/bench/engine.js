// Runs in the benchmark page (scripts/bench-browser.mjs copies it into a copy of the release
// build under target/, never into dist/). Loads the same corpus.json into two engines in this
// page and runs the same queries on both:
// - ours: crates/ashraf-core/examples/wasm-engine.rs, the app's own Corpus::from_json +
//   Index::new + Index::search compiled to WebAssembly (engine.wasm);
// - MiniSearch (npm), indexing the same documents (title + paragraphs; quotes are substrings
//   of the paragraphs, so they are searched in both), with prefix search, AND of the words,
//   titles boosted 3x like ours, facet filters, and facet values counted over the hits.
/* global MiniSearch */
'use strict';

const FACETS = {
  outlet: (a) => [a.outlet ?? 'unstated'],
  kind: (a, c) => {
    const o = c.outlets.find((x) => x.id === a.outlet);
    return o ? [o.kind] : [];
  },
  republisher: (a) => a.republishers,
  author: (a) => a.byline,
  person: (a) => a.people,
  org: (a) => a.organizations,
  place: (a) => a.places,
  quotes: (a, c, quoted) => [quoted.has(a.id) ? 'yes' : 'no'],
};

let text = '';
let wasm = null;
let mini = null;
let docs = [];

function now() {
  return performance.now();
}

async function fetchCorpus(url) {
  text = await (await fetch(url)).text();
  return text.length;
}

async function loadOurs(wasmUrl) {
  const { instance } = await WebAssembly.instantiateStreaming(fetch(wasmUrl), {});
  wasm = instance.exports;
  const bytes = new TextEncoder().encode(text);
  const t0 = now();
  const ptr = wasm.alloc(bytes.length);
  new Uint8Array(wasm.memory.buffer, ptr, bytes.length).set(bytes);
  if (wasm.load(ptr, bytes.length) !== 1) throw new Error('our engine could not load the corpus');
  return now() - t0;
}

function loadMini() {
  const t0 = now();
  const corpus = JSON.parse(text);
  const quoted = new Set(corpus.quotes.map((q) => q.article));
  docs = corpus.articles.map((a, id) => {
    const facets = {};
    for (const [param, f] of Object.entries(FACETS)) facets[param] = f(a, corpus, quoted);
    return { id, title: a.title, text: a.paragraphs.join('\n'), facets };
  });
  mini = new MiniSearch({
    fields: ['title', 'text'],
    searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 3 } },
  });
  mini.addAll(docs);
  return now() - t0;
}

function runOurs(qs) {
  // The typed words only (syn=off), as MiniSearch searches them: the app's default alias
  // expansion (one name of a group finds all its names) finds more and costs more.
  const bytes = new TextEncoder().encode(`${qs}${qs ? '&' : ''}syn=off`);
  const t0 = now();
  const ptr = wasm.alloc(bytes.length);
  new Uint8Array(wasm.memory.buffer, ptr, bytes.length).set(bytes);
  const n = wasm.search(ptr, bytes.length);
  return [now() - t0, n];
}

function runMini(qs) {
  const t0 = now();
  const params = new URLSearchParams(qs);
  // MiniSearch has no phrases: a "quoted phrase" becomes its words, all required.
  const q = (params.get('q') || '').replace(/["“”]/g, ' ').trim();
  const wanted = {};
  for (const param of Object.keys(FACETS)) {
    const values = params.getAll(param);
    if (values.length) wanted[param] = new Set(values);
  }
  const filter = (r) => {
    const d = docs[r.id];
    return Object.entries(wanted).every(([p, set]) => d.facets[p].some((v) => set.has(v)));
  };
  const hits = mini.search(q || MiniSearch.wildcard, { filter });
  const counts = {};
  for (const h of hits) {
    for (const [p, values] of Object.entries(docs[h.id].facets)) {
      const c = (counts[p] ||= new Map());
      for (const v of values) c.set(v, (c.get(v) || 0) + 1);
    }
  }
  let n = hits.length;
  for (const c of Object.values(counts)) n += c.size;
  return [now() - t0, hits.length, n];
}

window.engineBench = { fetchCorpus, loadOurs, loadMini, runOurs, runMini };
