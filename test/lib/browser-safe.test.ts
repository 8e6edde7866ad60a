import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The widgets import lib/ in the browser. Bundling each file for the browser proves it (and
// everything it imports) needs nothing from Node. The list is read from the folder, so a new lib
// file is checked without anyone remembering to add it here.
const libDir = fileURLToPath(new URL('../../lib/', import.meta.url));
// The digits loader reads the mnist package's files from disk: Node-only on purpose, and no
// widget may import it (so lib/index.ts must not re-export it either).
const nodeOnly = new Set(['digits.ts']);
const files = readdirSync(libDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !nodeOnly.has(name))
  .sort();

/** What stops `file` from running in a browser: bundling errors, or Node imports left in the bundle. */
async function browserProblems(file: string): Promise<string[]> {
  try {
    const result = await build({ entryPoints: [file], bundle: true, platform: 'browser', write: false, format: 'esm', logLevel: 'silent' });
    const code = result.outputFiles.map((output) => output.text).join('\n');
    return [...code.matchAll(/\bnode:[\w/]+|\brequire\(/g)].map((match) => `the bundle still contains ${match[0]}`);
  } catch (error) {
    // esbuild throws when an import cannot be resolved for the browser (node:fs, say).
    const errors = (error as { errors?: { text: string }[] }).errors;
    return errors ? errors.map((e) => e.text) : [String(error)];
  }
}

describe('code the widgets use has no Node-only imports', () => {
  it('finds the lib files', () => {
    expect(files).toContain('index.ts');
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('lib/%s bundles for the browser', async (name) => {
    expect(await browserProblems(libDir + name)).toEqual([]);
  });

  it('catches a Node-only file (lib/digits.ts is one)', async () => {
    expect(await browserProblems(libDir + 'digits.ts')).toContain('Could not resolve "node:fs"');
  });
});
