import { useTranslations, type Translate } from '../i18n/index.ts';
import type { Lang } from '../lib/core/locale.ts';

/** The props every page view and language-aware component takes: the language it renders in. */
export interface LangProps {
  lang: Lang;
}

/**
 * What a view or component starts with: its props and the UI-string function of its language, in one line
 * (`const { lang, id, t } = pageContext(Astro);`) instead of the same destructuring and lookup in every file.
 */
export function pageContext<P extends LangProps>(astro: { props: P }): P & { t: Translate } {
  // biome-ignore lint/correctness/useHookAtTopLevel: useTranslations is a dictionary lookup, not a React hook.
  return { ...astro.props, t: useTranslations(astro.props.lang) };
}
