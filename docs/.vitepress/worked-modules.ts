/**
 * Loads the worked-example modules, docs/worked/<page>.ts, whose default export is a
 * Record<string, number | string> computed by lib/ (so the numbers printed on a page and the code
 * that produces them cannot drift apart).
 *
 * Why esbuild: the config runs in plain Node 20, which cannot import TypeScript, and the esbuild
 * pass that bundles config.ts only follows static imports. Bundling each module ourselves (with
 * its lib/ imports) and importing the result from a data: URL works for any number of pages,
 * needs no list of pages kept by hand, and gives a fresh copy on every load, which is what lets
 * `vitepress dev` pick up an edited worked module or lib/ file (see workedModulesReload below).
 */
import { readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export type WorkedValues = Record<string, number | string>;

interface WorkedModule {
  values: WorkedValues;
  /** Absolute paths of the files the module was built from (itself and what it imports). */
  inputs: string[];
}

/** The worked modules of one docs folder, by page basename ("01-perceptron"). */
export class WorkedModules {
  private readonly modules = new Map<string, WorkedModule>();

  constructor(readonly dir: string) {}

  /** Loads every *.ts file of the folder; a module that fails to build or load fails the build. */
  async loadAll(): Promise<this> {
    this.modules.clear();
    if (!existsSync(this.dir)) return this;
    const files = readdirSync(this.dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    await Promise.all(files.map((f) => this.load(basename(f, '.ts'))));
    return this;
  }

  /** The values for a page basename, or undefined when the page has no worked module. */
  get(page: string): WorkedValues | undefined {
    return this.modules.get(page)?.values;
  }

  /** The pages whose worked module was built from `file` (a lib/ file may feed several). */
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
    }).catch((error: Error) => {
      throw new Error(`worked numbers: could not build ${file}: ${error.message}`);
    });
    const code = result.outputFiles[0].text;
    const imported = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const values = imported.default as unknown;
    check(values, file);
    const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(p));
    this.modules.set(page, { values, inputs });
  }
}

function check(values: unknown, file: string): asserts values is WorkedValues {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new Error(`worked numbers: ${file} must export default a Record<string, number | string>`);
  }
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'number' && typeof value !== 'string') {
      throw new Error(`worked numbers: ${file} key "${key}" is a ${typeof value}; only numbers and strings can be printed`);
    }
  }
}

/**
 * In `vitepress dev`: when a worked module or anything it imports (lib/) changes, rebuild the
 * modules that use it and reload the browser. The markdown of the affected pages has not
 * changed, so their compiled modules are invalidated by hand (config.ts also turns off
 * VitePress's markdown cache, which is keyed by the page source alone).
 */
export function workedModulesReload(worked: WorkedModules, libDir: string): Plugin {
  return {
    name: 'nnfs:worked-modules-reload',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([worked.dir, libDir]);
      const onChange = async (file: string) => {
        const inWorkedDir = resolve(file).startsWith(resolve(worked.dir));
        const pages = inWorkedDir && file.endsWith('.ts') ? [basename(file, '.ts')] : worked.pagesUsing(file);
        if (pages.length === 0) return;
        try {
          await Promise.all(pages.map((p) => worked.load(p)));
        } catch (error) {
          server.config.logger.error(String(error));
          return;
        }
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.file && pages.includes(basename(mod.file, '.md')) && mod.file.endsWith('.md')) {
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
