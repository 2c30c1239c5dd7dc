declare namespace App {
	/** Set for every page by src/middleware.ts. */
	interface Locals {
		/** The page's language. */
		locale: import('./schema/fields.ts').Locale;
		/** The interface strings in that language. */
		t: import('./i18n/translate.ts').Translate;
		/** A site path (from `routes`) in that language. */
		href: (path: string) => string;
		/** The content in that language. */
		catalogue: import('./catalogue/catalogue.ts').Catalogue;
		/** A column's introduction in that language, for a page's description. */
		intro: (column: import('./schema/collections.ts').ColumnId) => string;
	}
}

// opencc-js ships types for its presets only; its dictionaries and their groups are plain data.
declare module 'opencc-js/dict/*' {
	const dict: string;
	export default dict;
}
declare module 'opencc-js/from/*' {
	const groups: import('opencc-js/core').DictGroup[];
	export default groups;
}
declare module 'opencc-js/to/*' {
	const groups: import('opencc-js/core').DictGroup[];
	export default groups;
}
