import { feed } from '../../../features/feeds/feeds.ts';
import { perLocale } from '../../../i18n/routing.ts';

export const getStaticPaths = () => perLocale();
export const GET = feed('news');
