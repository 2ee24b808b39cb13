import { SHORTLIST_STORAGE_KEY } from './shortlist.ts';

/**
 * Part of the inline script every page carries (BaseLayout): keeps the header's shortlist count ([data-shortlist-count])
 * in step with the visitor's shortlist in localStorage, and turns "add to shortlist" links ([data-shortlist-add],
 * pointing at /shortlist/?add=kind:id) into an in-place add: the item is stored, the count goes up and the link's
 * [data-shortlist-added] neighbour says so, without leaving the page. Without JavaScript, or with storage refused, the
 * link goes to the shortlist page, which adds the item itself. The stored format is the one shortlist.ts parses.
 */
export function shortlistScript(): string {
  return `(function(){var key=${JSON.stringify(SHORTLIST_STORAGE_KEY)};
function read(){try{var v=localStorage.getItem(key);return v?v.split(',').filter(function(x){return /^(product|producer):[a-z0-9-]+$/.test(x);}):[];}catch(e){return null;}}
function show(){var items=read()||[];document.querySelectorAll('[data-shortlist-count]').forEach(function(el){el.textContent=items.length>0?String(items.length):'';});}
show();window.addEventListener('storage',show);window.addEventListener('pageshow',show);
document.addEventListener('click',function(e){var a=e.target&&e.target.closest?e.target.closest('a[data-shortlist-add]'):null;if(!a||e.ctrlKey||e.metaKey||e.shiftKey)return;
var item=new URL(a.href,location.href).searchParams.get('add');var items=read();if(!item||items===null)return;
if(items.indexOf(item)<0){items.push(item);try{localStorage.setItem(key,items.join(','));}catch(err){return;}}
e.preventDefault();show();var note=a.parentElement&&a.parentElement.querySelector('[data-shortlist-added]');if(note)note.textContent=note.dataset.text||'';});
})();`;
}
