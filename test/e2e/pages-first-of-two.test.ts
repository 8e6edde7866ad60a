// The checks of every other page of the site, starting from the first (see site-pages.ts).
import { describeSitePages } from './site-pages.ts';
import { sitePages } from './site.ts';

describeSitePages(sitePages.filter((_, i) => i % 2 === 0));
