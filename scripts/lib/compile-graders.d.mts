/** Compiles the grade runner and graders (paths relative to the repository); returns each entry's compiled URL. */
export function compileGraders(entries: string[]): Promise<Record<string, string>>;
