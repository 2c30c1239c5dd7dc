/**
 * The browser side of Pager.astro: a long list of results shown a page at a time, each page added
 * by the “more” button. An item is drawn only when its page is shown, so a result's data is
 * fetched only then.
 */

/** Draws one item: fetches what it needs and returns its element. */
export type Draw = () => Promise<Node>;

/**
 * The pager in `root` (Pager.astro). The first `first` items of a page are drawn and shown before the
 * rest: they fill a phone's screen while the rest of the page arrives.
 */
export class Pager {
	private readonly list: HTMLElement;
	private readonly more: HTMLButtonElement;
	private items: readonly Draw[] = [];
	private shown = 0;
	private generation = 0;
	private adding: Promise<void> | undefined;
	private readonly page: { size: number; first?: number };

	constructor(root: HTMLElement, page: { size: number; first?: number }) {
		this.page = page;
		this.list = root.querySelector<HTMLElement>('[data-pager-list]')!;
		this.more = root.querySelector<HTMLButtonElement>('[data-more]')!;
		this.more.addEventListener('click', () => void this.addNext());
	}

	/** Replaces the list with these items' first page; a later call abandons an earlier one's drawing. */
	show(items: readonly Draw[]): Promise<void> {
		this.generation++;
		this.items = items;
		this.shown = 0;
		this.adding = undefined;
		this.list.replaceChildren();
		this.more.hidden = true;
		return this.addNext();
	}

	/** Adds the next page; a second click while a page is being drawn waits for that page. */
	private addNext(): Promise<void> {
		if (!this.adding) {
			const adding: Promise<void> = this.addPage().finally(() => {
				if (this.adding === adding) this.adding = undefined;
			});
			this.adding = adding;
		}
		return this.adding;
	}

	private async addPage() {
		const run = this.generation;
		const { size, first = size } = this.page;
		const page = this.items.slice(this.shown, this.shown + size);
		this.list.setAttribute('aria-busy', 'true');
		try {
			for (const part of [page.slice(0, first), page.slice(first)]) {
				const drawn = await Promise.all(part.map((draw) => draw()));
				if (run !== this.generation) return;
				this.list.append(...drawn);
				this.shown += drawn.length;
			}
			this.more.hidden = this.shown >= this.items.length;
		} finally {
			if (run === this.generation) this.list.removeAttribute('aria-busy');
		}
	}
}
