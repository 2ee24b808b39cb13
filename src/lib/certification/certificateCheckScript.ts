import { ISO_DAY_FORMAT_TAG, VIETNAM_TIME_ZONE } from '../core/clock.ts';
import { LOCALES } from '../core/locale.ts';
import { decisionStatusOn, EXPIRING_WITHIN_DAYS, stateOn } from './certificateState.ts';

/**
 * The inline script every page carries: it re-computes each certificate state shown on the page ([data-cert]
 * elements, see certificateMarkup.ts for the convention) against the visitor's current date in Vietnam, using the very
 * same stateOn() / decisionStatusOn() the build used, so a page built months ago never claims a lapsed certificate is
 * valid; stars follow by CSS off data-state. About 1.5 KB, no files loaded.
 */
/** stateOn's source with its one module constant written in: the inline script has no module scope. */
export const stateOnSource = stateOn.toString().replaceAll('EXPIRING_WITHIN_DAYS', String(EXPIRING_WITHIN_DAYS));

/** decisionStatusOn's source: self-contained, it takes stateOn's answer as its first argument. */
export const decisionStatusOnSource = decisionStatusOn.toString();

export function certificateCheckScript(): string {
  return `(function(){var stateOn=${stateOnSource};var decisionStatusOn=${decisionStatusOnSource};
var now=new Date();var today=new Intl.DateTimeFormat('${ISO_DAY_FORMAT_TAG}',{timeZone:'${VIETNAM_TIME_ZONE}',year:'numeric',month:'2-digit',day:'2-digit'}).format(now);
var lang=document.documentElement.lang==='en'?'en':'vi';
var shown=new Intl.DateTimeFormat(lang==='vi'?'${LOCALES.vi.formatTag}':'${LOCALES.en.formatTag}',{timeZone:'${VIETNAM_TIME_ZONE}',day:lang==='vi'?'2-digit':'numeric',month:lang==='vi'?'2-digit':'short',year:'numeric'}).format(now);
document.querySelectorAll('[data-cert]').forEach(function(el){var d=el.dataset;
var s=stateOn(today,d.signed,d.validUntil,d.revoked||null);if(d.nextSigned)s=decisionStatusOn(s,today,d.validUntil,d.revoked||null,d.nextSigned);
if(s!==d.state){d.state=s;var labels=JSON.parse(d.labels||'{}');var l=el.querySelector('[data-cert-label]');if(l&&labels[s])l.textContent=labels[s];}});
document.querySelectorAll('[data-cert-today]').forEach(function(el){el.textContent=el.dataset.template.replace('{date}',shown);});
})();`;
}
