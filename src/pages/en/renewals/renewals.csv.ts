import { renewalsCsv } from '../../_views/watchEndpoints.ts';

export const GET = renewalsCsv('en');
