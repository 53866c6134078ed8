#!/usr/bin/env node
// Prints how fast this machine runs a fixed piece of JavaScript right now, so that the timing
// figures printed beside it can be read against the machine's state: on the shared 2-core VM
// of 2026-12-01 this loop's median went from 502 to 899 ms between runs a minute apart, and
// every millisecond figure of the benchmarks moves with it. Five runs of 300 million
// iterations; prints the median and the fastest, and on Linux the share of CPU time the host
// kept for itself meanwhile ("steal" in /proc/stat). Takes a few seconds.
//
//   node scripts/machine-speed.mjs [label]

import { readFileSync } from 'node:fs';

const RUNS = 5;
const ITERATIONS = 3e8;

function once() {
  const start = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < ITERATIONS; i += 1) x += i % 7;
  if (x < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Linux's CPU counters (jiffies): all, and "steal", the time the host ran something else. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] };
  } catch {
    return null;
  }
}

/**
 * Times the loop `runs` times; returns the line to print (median, fastest and, on Linux, the
 * host's steal share meanwhile). Also used by scripts/bench-browser.mjs before each corpus.
 */
export function machineSpeed(label = '', runs = RUNS) {
  const before = cpuTimes();
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  const after = cpuTimes();
  const steal = before && after && after.total > before.total
    ? `; the host took ${((100 * (after.steal - before.steal)) / (after.total - before.total)).toFixed(0)} % of the CPU time meanwhile (steal)`
    : '';
  return `machine speed${label ? ` (${label})` : ''}: a fixed JS loop took median ${times[runs >> 1].toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms over ${runs} runs (lower is faster; timing figures scale with it)${steal}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(machineSpeed(process.argv[2]));
