/**
 * The sidebar, generated from the chapter manifest (course.ts) so that adding a chapter there is
 * enough for it to appear on the site, in order, with its number.
 */
import type { DefaultTheme } from 'vitepress';
import { chapters, chapterId } from '../../course.ts';

export const guideItems: DefaultTheme.SidebarItem[] = [
  { text: 'How this workbook works', link: '/guide' },
  { text: 'Notation', link: '/notation' },
  { text: 'For instructors', link: '/instructors' },
];

export const chapterItems: DefaultTheme.SidebarItem[] = chapters.map((chapter) => ({
  text: `${chapter.number}. ${chapter.title}`,
  link: `/${chapterId(chapter)}`,
}));

export const sidebar: DefaultTheme.Sidebar = [
  { text: 'Guide', items: guideItems },
  { text: 'Chapters', items: chapterItems },
];
