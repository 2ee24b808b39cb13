import { ISO_DAY_FORMAT_TAG, VIETNAM_TIME_ZONE } from '../core/clock.ts';
import { eventPhaseOn } from './eventPhase.ts';

/**
 * Inline script, beside the certificate re-check: every element with data-event-start/data-event-end gets its phase
 * (upcoming, ongoing, past) re-computed against the visitor's date in Vietnam with the same eventPhaseOn() the build
 * used. Its [data-event-label] takes the matching text from data-labels; an item listed as coming that has ended
 * moves to the nearest [data-events-ended] list, whose hidden section is then shown. On the month view, a month
 * before the visitor's month moves from [data-months-current] to the top of the folded [data-months-earlier]. About
 * 1 KB, no files.
 */
export function eventCheckScript(): string {
  return `(function(){var phaseOn=${eventPhaseOn.toString()};
var today=new Intl.DateTimeFormat('${ISO_DAY_FORMAT_TAG}',{timeZone:'${VIETNAM_TIME_ZONE}',year:'numeric',month:'2-digit',day:'2-digit'}).format(new Date());
document.querySelectorAll('[data-event-end]').forEach(function(el){var d=el.dataset;var p=phaseOn(today,d.eventStart,d.eventEnd);
if(p===d.phase)return;d.phase=p;var labels=JSON.parse(d.labels||'{}');var l=el.querySelector('[data-event-label]');if(l&&labels[p])l.textContent=labels[p];
var scope=p==='past'&&el.closest('[data-events-scope]');var to=scope&&scope.querySelector('[data-events-ended]');
if(to&&!to.contains(el)){to.insertBefore(el,to.firstChild);var box=to.closest('[hidden]');if(box)box.hidden=false;}});
document.querySelectorAll('[data-events-current]').forEach(function(ul){var n=ul.parentNode.querySelector('[data-events-none]');if(n&&!ul.children.length)n.hidden=false;});
var cur=document.querySelector('[data-months-current]'),ear=document.querySelector('[data-months-earlier]');
if(cur&&ear){var m=today.slice(0,7);[].slice.call(cur.children).forEach(function(s){if(s.dataset.month<m){ear.insertBefore(s,ear.firstChild);ear.parentNode.hidden=false;}});
var none=document.querySelector('[data-months-none]');if(none&&!cur.children.length)none.hidden=false;}
})();`;
}
