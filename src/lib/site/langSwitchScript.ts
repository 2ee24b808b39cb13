/**
 * Part of the page's one inline script (BaseLayout, beside the certificate and event re-checks), for the header's
 * language link (`[data-lang-switch]`): the link's href is the other
 * language's page without a query or fragment, which works without JavaScript; this keeps it pointing at the same
 * view, with the page's current query string and hash (the search page keeps its query and filters there, and
 * changes them without reloading, so the href is brought up to date again whenever the link is about to be used).
 * About 350 bytes.
 */
export function langSwitchScript(): string {
  return `(function(){var a=document.querySelector('[data-lang-switch]');if(!a)return;var p=a.getAttribute('href').split(/[?#]/)[0];
function u(){a.setAttribute('href',p+location.search+location.hash);}
u();['focus','pointerdown','mouseenter','click','contextmenu'].forEach(function(e){a.addEventListener(e,u);});
addEventListener('hashchange',u);addEventListener('popstate',u);})();`;
}
