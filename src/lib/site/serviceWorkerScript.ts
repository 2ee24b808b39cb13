import { SERVICE_WORKER_URL } from './urls.ts';

/**
 * Inline script, beside the certificate and event re-checks: shows the page's [data-offline-notice] while the
 * browser is offline (a saved copy may be out of date), and registers the service worker. Once it is ready, the
 * page lists itself and the files it has loaded so far, which the worker saves: the very first page a visitor opens
 * was not yet controlled by the worker when it loaded. About 600 bytes, no files loaded by the page itself.
 */
export function serviceWorkerScript(): string {
  return `(function(){var n=document.querySelector('[data-offline-notice]');function s(){if(n)n.hidden=navigator.onLine;}
s();addEventListener('online',s);addEventListener('offline',s);var w=navigator.serviceWorker;if(!w)return;
w.register(${JSON.stringify(SERVICE_WORKER_URL)}).then(function(){return w.ready;}).then(function(r){if(!r.active)return;
r.active.postMessage({type:'cache',urls:[location.href].concat(performance.getEntriesByType('resource').map(function(e){return e.name;}))});}).catch(function(){});
})();`;
}
