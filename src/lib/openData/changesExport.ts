import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { starKey } from '../certification/starLevels.ts';
import type { ChangeRow } from '../../schemas/openData.ts';
import { productUrl } from '../site/urls.ts';
import { catalogChanges, changeId } from '../watch/catalogChanges.ts';
import { OPEN_DATA_LICENCE } from './openDataLicence.ts';

export interface ChangesExport {
  generated: string;
  statesAsOf: string;
  licence: string;
  province: string | null;
  count: number;
  changes: ChangeRow[];
}

/**
 * /data/changes.json: every certificate change up to statesAsOf, newest first, for retailers' systems. A change once
 * listed stays listed in every later file (it is derived from the certification history, which only grows); a
 * system can keep the ids it has seen and act on the new ones.
 */
export function changesExport<P extends ProductLike>(
  catalog: Catalog<P>,
  generated: string,
  province?: string,
): ChangesExport {
  const changes = catalogChanges(catalog, province).map((change): ChangeRow => ({
    id: changeId(change),
    date: change.date,
    kind: change.kind,
    product: change.product.id,
    name: { vi: change.product.data.name, en: change.product.data.nameEn ?? null },
    province: change.product.province.id,
    producer: change.product.producer.id,
    stars: starKey(change.decision.result) as ChangeRow['stars'],
    decision: change.decision.decision,
    signed: change.decision.signed,
    validUntil: change.validUntil,
    urls: { vi: productUrl(change.product.id, 'vi'), en: productUrl(change.product.id, 'en') },
  }));
  return {
    generated,
    statesAsOf: catalog.today,
    licence: OPEN_DATA_LICENCE.url,
    province: province ?? null,
    count: changes.length,
    changes,
  };
}
