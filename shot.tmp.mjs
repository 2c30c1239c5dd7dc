import { chromium } from '@playwright/test';
const [url, out, w] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(w||1280), height: 900 } });
await p.goto(url); await p.screenshot({ path: out, fullPage: true }); await b.close();
