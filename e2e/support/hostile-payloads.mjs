// Hostile strings for the security e2e (issue 7): markup that would run if it were ever parsed
// as HTML, script URLs, SVG / MathML vectors, template and encoding tricks, bidi and invisible
// characters, and sizes that could break the layout. Each payload that can run sets
// window.__pwned to its own number, so a failure names the payload.
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3">',
  '<svg><script>window.__pwned=4</script></svg>',
  '<a href="javascript:window.__pwned=5">link</a>',
  'javascript:window.__pwned=6',
  '"><script>window.__pwned=7</script>',
  "'><img src=x onerror=window.__pwned=8>",
  '<iframe src="javascript:window.__pwned=9"></iframe>',
  '<body onload=window.__pwned=10>',
  '<details open ontoggle=window.__pwned=11>',
  '<math><mtext><img src=x onerror=window.__pwned=12></mtext></math>',
  '<style>*{display:none!important}</style>',
  '<input autofocus onfocus=window.__pwned=14>',
  '<object data="javascript:window.__pwned=15"></object>',
  '<embed src="javascript:window.__pwned=16">',
  '<svg><animate onbegin=window.__pwned=17 attributeName=x dur=1s>',
  '<video><source onerror=window.__pwned=18></video>',
  '<marquee onstart=window.__pwned=19>',
  '<form action="javascript:window.__pwned=20"><button>go</button></form>',
  "{{constructor.constructor('window.__pwned=21')()}}",
  '${window.__pwned=22}',
  '&lt;script&gt;window.__pwned=23&lt;/script&gt;',
  '%3Cscript%3Ewindow.__pwned=24%3C/script%3E',
  'Camp \u202Eevil\u202C Ashraf',
  '\u2067isolated\u2069 \u200F\u200E marks',
  'zero\u200Bwidth\u200D\uFEFFjoiners',
  'W'.repeat(10_000),
  'A'.repeat(600),
  '</textarea><script>window.__pwned=30</script>',
  '<base href="javascript:window.__pwned=31//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=32">',
  'data:text/html,<script>window.__pwned=33</script>',
  'control \u0007 bell \u001b escape',
  '<img src=x:x onerror=eval(atob("d2luZG93Ll9fcHduZWQ9MzU="))>',
];

/** Elements or attributes that would mean a payload became markup (not counting the app's own). */
export const INJECTED = [
  'img[src="x"]', 'img[src="x:x"]', 'iframe', 'object', 'embed', 'marquee', 'video', 'math',
  'body base', 'body meta', 'body style', 'details[ontoggle]', 'input[onfocus]', 'svg[onload]',
  'animate', '[onerror]', '[onload]', 'a[href^="javascript"]', 'form[action^="javascript"]',
  'body script:not([src])',
].join(', ');
