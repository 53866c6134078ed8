// Which first screen to paint, decided before the body is parsed (a plain script in <head>, so
// the very first paint is already the right one; the CSP forbids inline scripts).
//
// Release builds carry a preview of the default view (every article, newest first) in #boot,
// taken from the built app by scripts/prerender.mjs. It fits that view only: a link to a search,
// a filter or an article gets the loading card, never a list it is not about to show. This marks
// <html data-first-screen="preview"> on the default view; web/boot.css shows the preview then
// (when the build has one), and public/boot.js removes the mark if the app cannot start.
(() => {
  const base = new URL(document.baseURI).pathname;
  const onDefaultView = window.location.search === ''
    && [base, `${base}index.html`].includes(window.location.pathname);
  if (onDefaultView) document.documentElement.dataset.firstScreen = 'preview';
})();
