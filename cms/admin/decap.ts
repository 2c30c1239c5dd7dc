/**
 * The globals Decap's prebuilt bundle (decap-cms/dist/decap-cms.js) sets, typed as far as we use them.
 * That bundle carries its own React; widgets and previews are written with its `h` and `createClass`.
 */
export interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	toJS(): unknown;
}

export type ReactNode = unknown;
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]) => ReactNode;

export interface WidgetProps {
	value: unknown;
	onChange(value: unknown, metadata?: unknown): void;
	forID: string;
	classNameWrapper: string;
	setActiveStyle(): void;
	setInactiveStyle(): void;
	field: ImmutableLike;
}

export interface PreviewProps {
	entry: ImmutableLike;
	widgetFor(name: string): ReactNode;
	getAsset(path: string): { toString(): string };
}

/** A registered widget: Decap's registry keeps the control and preview beside its options. */
export interface RegisteredWidget {
	control: unknown;
	preview?: unknown;
	[option: string]: unknown;
}

export interface Formatter {
	fromFile(content: string): Record<string, unknown>;
	toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

export interface DecapGlobal {
	init(options: { config: unknown }): void;
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	registerWidget(widget: { name: string; controlComponent: unknown; previewComponent?: unknown; [option: string]: unknown }): void;
	getWidget(name: string): RegisteredWidget | undefined;
	registerPreviewTemplate(name: string, component: unknown): void;
	registerPreviewStyle(url: string): void;
	registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableLike }) => unknown }): void;
	registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
	getLocale(name: string): unknown;
	registerLocale(name: string, phrases: unknown): void;
}

export interface DecapWindow {
	CMS: DecapGlobal;
	CMS_MANUAL_INIT: boolean;
	h: CreateElement;
	createClass: (spec: Record<string, unknown>) => unknown;
}

export const decap = () => window as unknown as DecapWindow;

/** Values reach widgets as Immutable maps once saved, as plain objects while being edited. */
export function plain<T>(value: unknown): T | undefined {
	if (value && typeof value === 'object' && 'toJS' in value) return (value as ImmutableLike).toJS() as T;
	return (value ?? undefined) as T | undefined;
}
