/**
 * Math in a heading, as the page outline ("On this page") can show it. VitePress builds the
 * outline from each heading's text, and KaTeX's output holds its glyphs and its MathML with the
 * TeX annotation, so "Why divide by $1 - \beta^t$" came out as "Why divide by 1−βt1 - \beta^t".
 * A heading's math is therefore rendered twice: KaTeX's markup marked `ignore-header` (VitePress
 * leaves it out of the outline), and a hidden plain-text reading that the outline takes instead.
 *
 * The reading is made from the TeX by the small table below, which covers what headings use; a
 * command it does not know fails the build, naming it, rather than print a backslash in the outline.
 */
const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ', mu: 'μ',
  sigma: 'σ', tau: 'τ', phi: 'φ', partial: '∂', nabla: '∇', odot: '⊙', cdot: '·', times: '×', top: 'ᵀ', to: '→', ell: 'ℓ',
  leftarrow: '←', rightarrow: '→', infty: '∞', le: '≤', ge: '≥', ne: '≠', approx: '≈', sum: 'Σ', ln: 'ln', log: 'log', tanh: 'tanh',
};
const SUPERSCRIPTS: Record<string, string> = { t: 'ᵗ', T: 'ᵀ', '2': '²', '3': '³', n: 'ⁿ', '1': '¹', '-1': '⁻¹', 'ᵀ': 'ᵀ', '\\top': 'ᵀ' };
/** Commands that only style or space: dropped, keeping their argument. */
const STYLE = new Set(['mathbf', 'mathrm', 'mathit', 'boldsymbol', 'text', 'operatorname', 'big', 'Big', 'bigl', 'bigr', 'left', 'right']);

/** The contents of the group that starts at `text[start]` ("{…}", or a single token), and where it ends. */
function group(text: string, start: number): [string, number] {
  if (text[start] === '{') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return [text.slice(start + 1, i), i + 1];
    }
    throw new Error(`unbalanced braces in "${text}"`);
  }
  const command = /^\\[A-Za-z]+/.exec(text.slice(start));
  return command ? [command[0], start + command[0].length] : [text[start] ?? '', start + 1];
}

/** "1 - \beta^t" → "1 − βᵗ". Throws on a command the table does not know. */
export function plainMath(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; ) {
    const c = tex[i];
    if (c === '\\') {
      const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))![1];
      i += name.length + 1;
      if (name === ',' || name === ';' || name === '!' || name === ' ' || name === 'quad' || name === 'qquad') continue;
      if (name === 'frac') {
        const [top, afterTop] = group(tex, i);
        const [bottom, afterBottom] = group(tex, afterTop);
        out += `${plainMath(top)}/${plainMath(bottom)}`;
        i = afterBottom;
      } else if (name === 'hat') {
        const [arg, after] = group(tex, i);
        out += `${plainMath(arg)}\u0302`;
        i = after;
      } else if (STYLE.has(name)) {
        if (tex[i] === '{') {
          const [arg, after] = group(tex, i);
          out += plainMath(arg);
          i = after;
        }
      } else if (name in SYMBOLS) out += SYMBOLS[name];
      else throw new Error(`no plain-text reading for \\${name} (docs/.vitepress/heading-math.ts)`);
    } else if (c === '^' || c === '_') {
      const [arg, after] = group(tex, i + 1);
      const plain = plainMath(arg);
      out += c === '^' && (SUPERSCRIPTS[arg] ?? SUPERSCRIPTS[plain]) ? (SUPERSCRIPTS[arg] ?? SUPERSCRIPTS[plain]) : plain;
      i = after;
    } else if (c === '{' || c === '}') i++;
    else if (c === '-') {
      out += '−';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').trim().normalize('NFC');
}
