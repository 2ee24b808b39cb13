import { changesFeed, provincePaths } from '../../../_views/watchEndpoints.ts';

export const getStaticPaths = provincePaths;
export const GET = changesFeed('en');
