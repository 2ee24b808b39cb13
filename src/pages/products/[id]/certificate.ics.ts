import { certifiedProductPaths, productCertificateIcs } from '../../_views/watchEndpoints.ts';

export const getStaticPaths = certifiedProductPaths;
export const GET = productCertificateIcs('vi');
