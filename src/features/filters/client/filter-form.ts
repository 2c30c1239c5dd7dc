/**
 * The browser side of FilterForm.astro: keeps a form's fields in the page's URL (filter-query.ts).
 * A deliberate change (a choice, submitting, resetting) adds a history entry, typing replaces the
 * current one, and the fields follow the URL when the page loads and on back and forward.
 */
import { fill } from '../../../i18n/fill.ts';
import { readQuery, unoffered, writeQuery, type FilterValues } from '../filter-query.ts';

type Field = HTMLInputElement | HTMLSelectElement;

export interface FilterForm {
	/** The fields' values now. */
	values(): FilterValues;
	/** Puts the fields' values in the URL, if they changed it, and applies them; `push` adds a history entry. */
	commit(push: boolean): void;
	/** Unchooses one value of a field and commits, as a reader who turned it off. */
	remove(name: string, value: string): void;
	/** What the reader sees for a value of a field: its option's or checkbox's label. */
	label(name: string, value: string): { text: string; lang?: string | undefined };
}

// `form.elements` includes fields outside the form that join it with `form="…"` (the search page's query and sort).
const fieldsOf = (form: HTMLFormElement) =>
	[...form.elements].filter((el): el is Field => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '');

function valuesOf(fields: readonly Field[]): FilterValues {
	const values: FilterValues = {};
	for (const field of fields) {
		const chosen = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value.trim() !== '';
		if (chosen) (values[field.name] ??= []).push(field.value.trim());
	}
	return values;
}

function setFields(fields: readonly Field[], values: FilterValues) {
	for (const field of fields) {
		const wanted = values[field.name] ?? [];
		if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = wanted.includes(field.value);
		else {
			field.value = wanted[0] ?? '';
			// A value a select does not offer leaves it blank: it shows its first choice, “all”, instead.
			if (field instanceof HTMLSelectElement && field.selectedIndex === -1) field.value = '';
		}
	}
}

/** A field's name as the form shows it: its label, or its group's legend. */
function nameOf(fields: readonly Field[], name: string): string {
	const field = fields.find((f) => f.name === name);
	const legend = field?.closest('fieldset[data-facet]')?.querySelector('legend');
	return (legend ?? field?.labels?.[0]?.querySelector('span') ?? field?.labels?.[0])?.textContent?.trim() ?? name;
}

/**
 * Connects a filter form to the URL and calls `apply` with its values: now, after each change and
 * on back and forward. Values the fields do not offer (an old or mistyped link) are dropped, and the
 * form says which (`data-filter-dropped`).
 */
export function connectFilterForm(form: HTMLFormElement, apply: (values: FilterValues) => void): FilterForm {
	const fields = fieldsOf(form);
	const names = [...new Set(fields.map((f) => f.name))];
	const values = () => valuesOf(fields);
	const dropped = form.querySelector<HTMLElement>('[data-filter-dropped]');
	const commit = (push: boolean) => {
		const query = writeQuery(values(), names);
		if (query === location.search) return;
		// The reader has chosen since: what the link asked for no longer matters.
		if (dropped) dropped.hidden = true;
		history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${query}`);
		apply(values());
	};
	const restore = () => {
		const asked = readQuery(location.search, names);
		setFields(fields, asked);
		if (dropped) {
			const left = unoffered(asked, values());
			const { message = '', item = '', separator = '' } = dropped.dataset;
			const filters = left.map(([name, value]) => fill(item, { name: nameOf(fields, name), value })).join(separator);
			dropped.textContent = fill(message, { filters });
			dropped.hidden = left.length === 0;
		}
		apply(values());
	};
	// Each field's own change event: a field outside the form (joined with form=…) sends it to its own
	// ancestors. Text is committed when the page decides (the search page as the reader pauses).
	for (const field of fields) if (field.type !== 'search' && field.type !== 'text') field.addEventListener('change', () => commit(true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		commit(true);
	});
	// The fields reset after the event.
	form.addEventListener('reset', () => setTimeout(() => commit(true)));
	window.addEventListener('popstate', restore);
	restore();
	const remove = (name: string, value: string) => {
		for (const field of fields) {
			if (field.name !== name || field.value.trim() !== value) continue;
			if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = false;
			else field.value = '';
		}
		commit(true);
	};
	const label = (name: string, value: string) => {
		for (const field of fields) {
			if (field.name !== name) continue;
			if (field instanceof HTMLSelectElement) {
				const option = [...field.options].find((o) => o.value === value);
				if (option) return { text: option.text.trim(), lang: option.lang || undefined };
			} else if (field.type === 'checkbox' && field.value === value) {
				const span = field.labels?.[0]?.querySelector<HTMLElement>('span:not([data-count])');
				if (span) return { text: span.textContent.trim(), lang: span.lang || undefined };
			}
		}
		return { text: value };
	};
	return { values, commit, remove, label };
}
