import { certificationsRss } from '../_views/feeds.ts';

export const GET = certificationsRss('vi');
