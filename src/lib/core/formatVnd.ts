const formats = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
};

/** A price in đồng as people read it: "120.000 ₫" in Vietnamese, "₫120,000" in English pages. */
export function formatVnd(amount: number, lang: 'vi' | 'en'): string {
  // One formatter per language for the whole build: building one per price is slow across 20,000 product pages.
  return formats[lang].format(amount);
}
