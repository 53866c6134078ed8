// The site's Content-Security-Policy, in one place: sent as a header by e2e/server.mjs (the
// server the tests and benchmarks use, and the README's recommendation) and written as a <meta>
// into release builds by scripts/post-build.mjs for hosts that cannot send headers.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The header value. */
export const CSP = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The <meta> value: frame-ancestors is not allowed in a <meta> policy, so only the header has it. */
export const META_CSP = DIRECTIVES.join('; ');
