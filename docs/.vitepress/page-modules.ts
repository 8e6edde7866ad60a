/**
 * Build-time modules that belong to one page each: docs/worked/<page>.ts (the numbers printed on
 * the page) and docs/figures/<page>.ts (its figures). Each is a TypeScript file whose default
 * export is computed by lib/ when the site builds, so what a page shows and the code that
 * produces it cannot drift apart.
 *
 * Why esbuild: the config runs in plain Node 20, which cannot import TypeScript, and the esbuild
 * pass that bundles config.ts only follows static imports. Bundling each module ourselves (with
 * its lib/ imports and any npm packages, such as d3 for figures) and importing the result from a
 * data: URL works for any number of pages, needs no list of pages kept by hand, and gives a fresh
 * copy on every load, which is what lets `vitepress dev` pick up an edited module or lib/ file
 * (see pageModulesReload below). Nothing loaded here reaches the browser.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

interface PageModule<T> {
  value: T;
  /** Absolute paths of the files the module was built from (itself and what it imports). */
  inputs: string[];
}

/** Checks a module's default export and returns it typed, or throws naming the file. */
export type ExportCheck<T> = (value: unknown, file: string) => T;

/**
 * A page's module is named after the page (`06-forward-propagation.ts`). A `…-inputs.ts` file next
 * to it holds the inputs of its worked examples, for the module and the grader to import; it is
 * not a page module of its own.
 */
function isPageModule(file: string): boolean {
  return file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('-inputs.ts');
}

/** The modules of one docs folder, by page basename ("01-perceptron"). */
export class PageModules<T> {
  private readonly modules = new Map<string, PageModule<T>>();

  /**
   * @param kind what the modules hold, for messages ("worked numbers", "figures")
   * @param dir the folder, docs/<something>
   * @param check validates a module's default export
   */
  constructor(
    readonly kind: string,
    readonly dir: string,
    private readonly check: ExportCheck<T>,
  ) {}

  /**
   * Loads every page module of the folder (or only those of `pages`, by basename, when a build
   * renders only some pages); a module that fails to build, load or check throws.
   */
  async loadAll(pages?: readonly string[]): Promise<this> {
    this.modules.clear();
    if (!existsSync(this.dir)) return this;
    const files = readdirSync(this.dir).filter((f) => isPageModule(f) && (!pages || pages.includes(basename(f, '.ts'))));
    await Promise.all(files.map((f) => this.load(basename(f, '.ts'))));
    return this;
  }

  /** The export for a page basename, or undefined when the page has no module here. */
  get(page: string): T | undefined {
    return this.modules.get(page)?.value;
  }

  /** Whether `file` is one of this folder's modules (rather than something they import). */
  owns(file: string): boolean {
    return resolve(file) === join(resolve(this.dir), basename(file)) && isPageModule(basename(file));
  }

  /** The pages whose module was built from `file` (a lib/ file may feed several). */
  pagesUsing(file: string): string[] {
    const target = resolve(file);
    return [...this.modules].filter(([, m]) => m.inputs.includes(target)).map(([page]) => page);
  }

  async load(page: string): Promise<void> {
    const file = join(this.dir, `${page}.ts`);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // The bundle runs from a data: URL, from which no package resolves; code that finds its
      // files from import.meta.url (lib/digits.ts finds the mnist package) sees the module's own file.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
    }).catch((error: Error) => {
      throw new Error(`${this.kind}: could not build ${file}: ${error.message}`);
    });
    const code = result.outputFiles[0].text;
    const imported = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const value = this.check(imported.default, file);
    const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(p));
    this.modules.set(page, { value, inputs });
  }
}

/**
 * In `vitepress dev`: when a page module or anything it imports (lib/, the figure kit) changes,
 * rebuild the modules that use it and reload the browser. The markdown of the affected pages has
 * not changed, so their compiled modules are invalidated by hand (config.ts also turns off
 * VitePress's markdown cache, which is keyed by the page source alone).
 */
export function pageModulesReload(sets: readonly PageModules<unknown>[], libDir: string): Plugin {
  return {
    name: 'nnfs:page-modules-reload',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([...sets.map((s) => s.dir), libDir]);
      const onChange = async (file: string) => {
        const reloads = sets.map((set) => ({ set, pages: set.owns(file) ? [basename(file, '.ts')] : set.pagesUsing(file) }));
        const pages = new Set(reloads.flatMap((r) => r.pages));
        if (pages.size === 0) return;
        try {
          await Promise.all(reloads.flatMap(({ set, pages }) => pages.map((p) => set.load(p))));
        } catch (error) {
          server.config.logger.error(String(error));
          return;
        }
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.file?.endsWith('.md') && pages.has(basename(mod.file, '.md'))) {
            server.moduleGraph.invalidateModule(mod);
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
    },
  };
}
