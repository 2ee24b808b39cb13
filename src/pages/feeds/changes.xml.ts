import { changesFeed } from '../_views/watchEndpoints.ts';

export const GET = changesFeed('vi');
