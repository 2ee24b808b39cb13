import { eventsRss } from '../../_views/feeds.ts';

export const GET = eventsRss('en');
