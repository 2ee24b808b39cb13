import { eventsIcs } from '../_views/feeds.ts';

export const GET = eventsIcs('vi');
