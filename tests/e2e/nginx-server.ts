/**
 * Serves dist/ with Debian's nginx and the repository's own configuration (see ../nginx.ts), on
 * 127.0.0.1:4322, for the header, caching and CSP tests. Playwright starts it as a web server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROTLI_CONF, BROTLI_MODULE as BROTLI, findNginx, NGINX_CONF, nginxMissing } from '../nginx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = process.env.NGINX_PORT ?? '4322';
const binary = findNginx();
if (!binary) {
	console.error(nginxMissing());
	process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));

const site = readFileSync(NGINX_CONF, 'utf8')
	.replace('listen 80;', `listen 127.0.0.1:${PORT};`)
	.replaceAll('/var/www/invest/dist', join(ROOT, 'dist'))
	.replace('# include /etc/nginx/invest/brotli.conf;', existsSync(BROTLI) ? `include ${BROTLI_CONF};` : '');
writeFileSync(join(dir, 'site.conf'), site);
writeFileSync(
	join(dir, 'nginx.conf'),
	`daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
${existsSync(BROTLI) ? `load_module ${BROTLI};` : ''}
events {}
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	include ${dir}/site.conf;
}
`
);
const nginx = spawn(binary, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
nginx.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
