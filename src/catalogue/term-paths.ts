/** Static paths for taxonomy pages (industries, prefectures): one per term and language. */
import { langParam } from '../i18n/routing.ts';
import { LOCALES } from '../schema/fields.ts';
import { catalogue, type Catalogue } from './catalogue.ts';

export async function termPaths<T extends { id: string }>(select: (c: Catalogue) => T[]) {
	const c = await catalogue('zh-CN');
	return LOCALES.flatMap((locale) => select(c).map((term) => ({ params: { lang: langParam(locale), id: term.id }, props: { locale, term } })));
}
