import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataJsonSchema } from '../../../lib/openData/openDataFiles.ts';
import { openDataSchemaUrl } from '../../../lib/site/urls.ts';
import { OPEN_DATA_KINDS, type OpenDataKind } from '../../../schemas/openData.ts';

/** /data/schemas/product.schema.json …: generated from the Zod schemas in src/schemas/openData.ts. */
export const getStaticPaths = (() => OPEN_DATA_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const kind = params['kind'] as OpenDataKind;
  const id = new URL(openDataSchemaUrl(kind), site ?? 'https://ocop.example.vn').href;
  return new Response(JSON.stringify(openDataJsonSchema(kind, id), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
