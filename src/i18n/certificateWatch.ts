import { formatDate, localName, type Lang } from '../lib/core/locale.ts';
import type { CertificateCalendarItem } from '../lib/certification/certificateCalendar.ts';
import type { CertificateStateName, DecisionStatus } from '../lib/certification/certificateState.ts';
import type { ProductLike, ProductView } from '../lib/catalog/buildCatalog.ts';
import { absoluteUrl, productUrl } from '../lib/site/urls.ts';
import type { Certification, StarResult } from '../schemas/product.ts';
// Aliased: useTranslations is a plain function, not a React hook, whatever its name tells the linter.
import { useTranslations as translationsFor } from './index.ts';

/** The name of each certificate state in a language, as badges show it and the browser re-check swaps it in. */
export function certificateStateLabels(lang: Lang): Record<CertificateStateName, string> {
  const t = translationsFor(lang);
  return {
    valid: t('cert.state.valid'),
    expiring: t('cert.state.expiring'),
    expired: t('cert.state.expired'),
    revoked: t('cert.state.revoked'),
    pending: t('cert.state.pending'),
  };
}

/** The name of each status a decision in a history row can have: the certificate states, and "superseded". */
export function decisionStatusLabels(lang: Lang): Record<DecisionStatus, string> {
  return { ...certificateStateLabels(lang), superseded: translationsFor(lang)('cert.state.superseded') };
}

/** The words an island's CertificateLine (src/islands/CertificateLine.tsx) needs, in a language. */
export function certificateLineWords(lang: Lang): {
  states: Record<string, string>;
  stars: Record<string, { shown: string; sr: string; note?: string; national?: string }>;
  notInForce: string;
} {
  const t = translationsFor(lang);
  const stars: Record<string, { shown: string; sr: string; note?: string; national?: string }> = {
    '3': { shown: t('search.starsShort', { stars: 3 }), sr: t('stars.accessible', { stars: 3 }) },
    '4': { shown: t('search.starsShort', { stars: 4 }), sr: t('stars.accessible', { stars: 4 }) },
    '5': {
      shown: t('search.starsShort', { stars: 5 }),
      sr: t('stars.accessible', { stars: 5 }),
      national: t('stars.national'),
    },
    'potential-5': { shown: t('stars.potential'), sr: t('stars.potentialExplained'), note: t('stars.potentialNote') },
  };
  return { states: decisionStatusLabels(lang), stars, notInForce: t('stars.notInForce') };
}

/** A star result in words: "4 sao", "Tiềm năng 5 sao", "4 stars". */
export function starsInWords(result: StarResult, lang: Lang): string {
  const t = translationsFor(lang);
  return result === 'potential-5' ? t('stars.potential') : t('certFeed.stars', { stars: result });
}

/** One calendar event for a product's certificate in force: its last valid day, in the calendar's language. */
export function certificateCalendarItem<P extends ProductLike>(
  product: ProductView<P>,
  decision: Certification,
  validUntil: string,
  lang: Lang,
  site: URL,
): CertificateCalendarItem {
  const t = translationsFor(lang);
  return {
    productId: product.id,
    validUntil,
    summary: t('calendar.certSummary', { product: localName(product.data, lang) }),
    description: t('calendar.certDescription', {
      producer: localName(product.producer.data, lang),
      stars: starsInWords(decision.result, lang),
      decision: decision.decision,
      signed: formatDate(decision.signed, lang),
      validUntil: formatDate(validUntil, lang),
    }),
    url: absoluteUrl(productUrl(product.id, lang), site),
  };
}
