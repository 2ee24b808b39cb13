/** A price in đồng as people read it: "120.000 ₫" in Vietnamese, "₫120,000" in English pages. */
export function formatVnd(amount: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);
}
