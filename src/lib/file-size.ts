/** A file's size as people read it next to a download link: 820 B, 75 KB, 1.2 MB (units of 1024 bytes). */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const kb = bytes / 1024;
	if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
	const mb = kb / 1024;
	return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
