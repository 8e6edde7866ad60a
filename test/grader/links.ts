/** Where the course site runs in dev mode (`npm start`), for links from reports to page sections. */
export const siteUrl = 'http://localhost:5173';

/** "http://localhost:5173/01-perceptron#training-trace" */
export function pageLink(chapterId: string, anchor: string, site = siteUrl): string {
  return `${site}/${chapterId}#${anchor}`;
}
