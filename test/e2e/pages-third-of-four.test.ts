// The checks of every fourth page of the site, starting from the third (see site-pages.ts).
import { describeSitePages, PAGE_FILES } from './site-pages.ts';
import { sitePages } from './site.ts';

describeSitePages(sitePages.filter((_, i) => i % PAGE_FILES === 2));
