/**
 * TeX that lost its backslashes on the way into a figure's caption. Captions are written in
 * JavaScript strings, where "\t" is a tab, "\b" a backspace and "\m" just "m": `$\mathbf{h} =
 * \tanh(Wx)$` arrives as "mathbf{h} = <tab>anh(Wx)", which KaTeX renders without complaint as
 * italic letters. The build fails instead, naming the figure.
 */

/** Control characters a caption never means: what "\t", "\b", "\f", "\v" and "\r" become in a string. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
/** "\nabla", "\neq", "\nu", "\not" with their backslash eaten: a line break and the rest of the name. */
const EATEN_N = /\n(abla|eq|u|ot)(?![A-Za-z])/;

/** Commands whose names never stand for letters in the course's math, caught written without their backslash. */
const BARE_COMMAND =
  /(?<![\\A-Za-z])(mathbf|mathrm|mathcal|operatorname|frac|partial|cdot|sqrt|tanh|nabla|odot|varepsilon|epsilon|lambda|sigma|alpha|gamma|delta|theta|leftarrow|rightarrow|approx|infty)(?![A-Za-z])/;

/** The math spans of a caption: $…$ and $$…$$. */
const MATH = /\$\$([\s\S]+?)\$\$|\$([^$]+?)\$/g;

/** Throws when `text` (a caption or a text alternative of `where`) holds TeX that lost its backslashes. */
export function rejectLostBackslashes(text: string, where: string): void {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new Error(
      `${where}: holds the control character U+${code} near "${text.slice(Math.max(0, control.index - 20), control.index + 20).replace(CONTROL, '␣')}": a TeX command lost its backslash in a JavaScript string ("\\t" is a tab, "\\b" a backspace); write \\\\ for each backslash, or use String.raw`,
    );
  }
  for (const [, display, inline] of text.matchAll(MATH)) {
    const math = display ?? inline;
    const eaten = EATEN_N.exec(math);
    if (eaten) throw new Error(`${where}: the math "${math}" breaks the line before "${eaten[1]}": that was \\n${eaten[1]} in a JavaScript string; write \\\\n${eaten[1]}`);
    const bare = BARE_COMMAND.exec(math);
    if (bare) {
      throw new Error(
        `${where}: the math "${math}" has "${bare[1]}" without its backslash (KaTeX would print the letters ${bare[1]}): in a JavaScript string write \\\\${bare[1]}`,
      );
    }
  }
}
