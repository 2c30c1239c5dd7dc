/**
 * Where the repository's nginx configuration lives, and whether this machine can run it: the unit
 * test of the configuration, the Playwright config and the nginx test server all read it here.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The folder of the server configuration, relative to the repository: the one line to change when it moves. */
const NGINX_CONF_DIR = '.ci/nginx';
/** The site's server block. */
export const NGINX_CONF = join(ROOT, NGINX_CONF_DIR, 'nginx.conf');
/** The brotli settings, included where the module is installed. */
export const BROTLI_CONF = join(ROOT, NGINX_CONF_DIR, 'brotli.conf');
/** Debian's brotli module for nginx (libnginx-mod-http-brotli-filter). */
export const BROTLI_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_filter_module.so';

const isExecutable = (path: string) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** The nginx binary: on PATH, or in the sbin folders Debian installs it to, which a user's PATH often lacks. */
export function findNginx(): string | undefined {
	const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/local/sbin', '/usr/sbin'];
	return dirs.map((dir) => join(dir, 'nginx')).find(isExecutable);
}

/** Why the nginx tests cannot run here, naming the Debian packages to install; undefined when they can. */
export function nginxMissing(): string | undefined {
	if (!findNginx())
		return 'nginx is not installed (no `nginx` on PATH, in /usr/local/sbin or in /usr/sbin), so the tests of the site behind nginx cannot run: install it, on Debian with `apt-get install nginx-light libnginx-mod-http-brotli-filter`.';
	return undefined;
}

/** Why the brotli test cannot run here; undefined when nginx's brotli module is installed. */
export function brotliMissing(): string | undefined {
	if (!existsSync(BROTLI_MODULE))
		return `nginx's brotli module is not installed (${BROTLI_MODULE}), so the brotli test cannot run: install it, on Debian with \`apt-get install libnginx-mod-http-brotli-filter\`.`;
	return undefined;
}
