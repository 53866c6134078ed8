// Offline tests stop their server for real; this checks it is really gone (no answer at all).
export async function serverIsDown(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(3000) });
    return false;
  } catch {
    return true;
  }
}
