// The accessibility checks of every other page of the site, starting from the first (see page-accessibility.ts).
import { describePageAccessibility } from './page-accessibility.ts';
import { sitePages } from './site.ts';

describePageAccessibility(sitePages.filter((_, i) => i % 2 === 0));
