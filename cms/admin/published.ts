/**
 * A JSON file the last build published beside the site (the inspection report, the build status),
 * read afresh each time; undefined where there is none yet (a local preview, a first deploy) or the
 * request fails, so that the CMS works without it.
 */
export async function fetchPublished<T>(path: string): Promise<T | undefined> {
	try {
		const response = await fetch(path, { cache: 'no-store' });
		return response.ok ? ((await response.json()) as T) : undefined;
	} catch {
		return undefined;
	}
}
