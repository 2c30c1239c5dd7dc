/** `npm run lighthouse`: Lighthouse scores of the built dist/ (run `npm run build` first). */
import { join } from 'node:path';
import { runLighthouse } from './lighthouse.ts';

export const LIGHTHOUSE_PAGES = ['/', '/projects/yn-2026-0001/', '/parks/kunming-etdz/', '/policies/yn-investment-promotion-measures-2024/', '/search/?q=%E5%82%A8%E8%83%BD', '/parks/map/', '/expo/china-south-asia-expo-2027/'];

if (import.meta.main) {
	const scores = await runLighthouse(join(process.cwd(), 'dist'), LIGHTHOUSE_PAGES);
	console.log('| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
	for (const s of scores) console.log(`| ${s.path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`);
}
