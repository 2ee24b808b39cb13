import { offlineCacheRule } from './offlineCacheRule.ts';
import { offlineUrl } from './urls.ts';

/** Bump when the service worker's caching changes in a way old caches must not survive. */
export const OFFLINE_CACHE_NAME = 'ocop-offline-v1';

/**
 * The service worker's source, served at /sw.js. Hand-written rather than Workbox-generated: it is small, builds
 * without network, and does exactly three things.
 * - install: saves the two offline pages and the styles they link to, so an unvisited page can always say
 *   "you are offline" properly styled;
 * - fetch: pages (offlineCacheRule "page") network-first, saving each copy, and when the network fails the saved
 *   copy or else the offline page of the path's language; assets cache-first; anything else untouched;
 * - message {type: 'cache', urls}: the page that registered it lists itself and the files it already loaded
 *   (before the worker controlled it), and the worker saves those that its rule keeps.
 */
export function serviceWorkerSource(): string {
  const offline = { vi: offlineUrl('vi'), en: offlineUrl('en') };
  return `'use strict';
var CACHE=${JSON.stringify(OFFLINE_CACHE_NAME)};
var OFFLINE=${JSON.stringify(offline)};
var rule=${offlineCacheRule.toString()};
function offlinePage(path){return /^\\/en(\\/|$)/.test(path)?OFFLINE.en:OFFLINE.vi;}
function save(cache,request){return fetch(request).then(function(response){if(response.ok)return cache.put(request,response.clone()).then(function(){return response;});return response;});}
self.addEventListener('install',function(event){event.waitUntil(caches.open(CACHE).then(function(cache){
return Promise.all([OFFLINE.vi,OFFLINE.en].map(function(url){return save(cache,url).then(function(response){return response.text();}).then(function(html){
var links=html.match(/\\/_astro\\/[^"'\\s)]+\\.css/g)||[];return Promise.all(links.map(function(href){return save(cache,href);}));});}));
}).then(function(){return self.skipWaiting();}));});
self.addEventListener('activate',function(event){event.waitUntil(caches.keys().then(function(keys){
return Promise.all(keys.filter(function(key){return key!==CACHE;}).map(function(key){return caches.delete(key);}));}).then(function(){return self.clients.claim();}));});
self.addEventListener('fetch',function(event){var request=event.request;if(request.method!=='GET')return;
var url=new URL(request.url);if(url.origin!==self.location.origin)return;var kind=rule(url.pathname);
if(kind==='page'){event.respondWith(caches.open(CACHE).then(function(cache){
return save(cache,request).catch(function(){return cache.match(request,{ignoreSearch:true}).then(function(hit){return hit||cache.match(offlinePage(url.pathname));});});}));return;}
if(kind==='asset'){event.respondWith(caches.open(CACHE).then(function(cache){return cache.match(request).then(function(hit){return hit||save(cache,request);});}));return;}
if(request.mode==='navigate'){event.respondWith(fetch(request).catch(function(){return caches.open(CACHE).then(function(cache){return cache.match(offlinePage(url.pathname));});}));}});
self.addEventListener('message',function(event){var data=event.data;if(!data||data.type!=='cache'||!Array.isArray(data.urls))return;
event.waitUntil(caches.open(CACHE).then(function(cache){return Promise.all(data.urls.map(function(href){var url;try{url=new URL(href,self.location.href);}catch(e){return null;}
if(url.origin!==self.location.origin||!rule(url.pathname))return null;url.hash='';return cache.match(url.href).then(function(hit){return hit&&rule(url.pathname)==='asset'?null:save(cache,url.href).catch(function(){});});}));}));});
`;
}
