import { provincePaths, renewalsCsv } from '../../../_views/watchEndpoints.ts';

export const getStaticPaths = provincePaths;
export const GET = renewalsCsv('en');
