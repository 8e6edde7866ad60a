/**
 * Which of a grader's misconception calls name their cause through a declared diagnosis (read by
 * test/course/causes-declared.test.ts): a call counts when its condition (or, for
 * `misconception(true, …)`, an `if` around it) reads a value that comes from `nameCause`,
 * `causeOf` or `onlyReading`, directly or through a variable or function of the same file.
 */
import ts from 'typescript';

const DECIDERS = ['nameCause', 'causeOf', 'onlyReading'];

/** A program of one file, for its symbols (imports stay unresolved: only this file's names matter). */
function checkerFor(source: string) {
  const name = 'grader.ts';
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const host = ts.createCompilerHost({});
  host.getSourceFile = (fileName) => (fileName === name ? file : undefined);
  host.fileExists = (fileName) => fileName === name;
  host.readFile = () => undefined;
  const program = ts.createProgram([name], { noLib: true, noResolve: true, types: [] }, host);
  return { file, checker: program.getTypeChecker() };
}

/** The misconception calls of one grader's source, split into declared and not. */
export function auditMisconceptions(source: string): { declared: number; undeclared: string[] } {
  const { file, checker } = checkerFor(source);
  const symbolOf = (n: ts.Node) => checker.getSymbolAtLocation(n);
  // Variables and functions whose value comes from a decider, found to a fixed point.
  const derived = new Set<ts.Symbol>();
  const bodies: { symbol: ts.Symbol; node: ts.Node }[] = [];
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node)) {
      // const x = …, const [a, b] = …, or for (const [a, b] of …): every name bound takes from it.
      const list = node.parent;
      const value = node.initializer ?? (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent) ? list.parent.expression : undefined);
      const bind = (name: ts.BindingName) => {
        if (ts.isIdentifier(name)) {
          const symbol = symbolOf(name);
          if (symbol && value) bodies.push({ symbol, node: value });
        } else for (const element of name.elements) if (ts.isBindingElement(element)) bind(element.name);
      };
      bind(node.name);
    }
    if (ts.isFunctionDeclaration(node) && node.name && node.body) {
      const symbol = symbolOf(node.name);
      if (symbol) bodies.push({ symbol, node: node.body });
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  const decided = (node: ts.Node): boolean => {
    let found = false;
    const visit = (n: ts.Node) => {
      if (found) return;
      if (ts.isIdentifier(n)) {
        if (DECIDERS.includes(n.text) && ts.isCallExpression(n.parent) && n.parent.expression === n) found = true;
        const symbol = symbolOf(n);
        if (symbol && derived.has(symbol)) found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const { symbol, node } of bodies) {
      if (derived.has(symbol) || !decided(node)) continue;
      derived.add(symbol);
      changed = true;
    }
  }
  let declared = 0;
  const left: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'misconception' && node.arguments.length > 0) {
      const [condition] = node.arguments;
      let ok = decided(condition);
      if (!ok && condition.kind === ts.SyntaxKind.TrueKeyword) {
        for (let up: ts.Node | undefined = node.parent; up && !ts.isFunctionLike(up); up = up.parent) {
          if (ts.isIfStatement(up) && decided(up.expression)) ok = true;
        }
      }
      if (ok) declared++;
      else left.push(`line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 100).replace(/\s+/g, ' ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { declared, undeclared: left };
}
