import { eventIcs, eventIcsPaths } from '../../_views/feeds.ts';

export const getStaticPaths = eventIcsPaths;
export const GET = eventIcs('en');
