// Runs a wasm32-wasip1 program under Node's WASI with the given directory preopened as itself.
// Usage: node scripts/run-wasi.mjs program.wasm DIR [args…]
import { readFile } from "node:fs/promises";
import { WASI } from "node:wasi";
import { argv, exit } from "node:process";

const [program, dir, ...rest] = argv.slice(2);
if (!program || !dir) {
  console.error("usage: node scripts/run-wasi.mjs program.wasm DIR [args…]");
  exit(2);
}
const wasi = new WASI({ version: "preview1", args: [program, dir, ...rest], preopens: { [dir]: dir } });
const module = await WebAssembly.compile(await readFile(program));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance) ?? 0);
