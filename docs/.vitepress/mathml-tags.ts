/**
 * Every MathML element name (MathML Core plus the MathML 3 presentation and semantics elements
 * KaTeX or a hand-written page might emit). KaTeX renders each formula twice, as HTML for the eye
 * and as MathML for screen readers; Vue's template compiler must treat these tags as known
 * elements rather than components it cannot resolve.
 */
export const MATHML_TAGS: ReadonlySet<string> = new Set([
  'math', 'maction', 'maligngroup', 'malignmark', 'menclose', 'merror', 'mfenced', 'mfrac',
  'mglyph', 'mi', 'mlabeledtr', 'mlongdiv', 'mmultiscripts', 'mn', 'mo', 'mover', 'mpadded',
  'mphantom', 'mprescripts', 'mroot', 'mrow', 'ms', 'mscarries', 'mscarry', 'msgroup', 'msline',
  'mspace', 'msqrt', 'msrow', 'mstack', 'mstyle', 'msub', 'msubsup', 'msup', 'mtable', 'mtd',
  'mtext', 'mtr', 'munder', 'munderover', 'none', 'semantics', 'annotation', 'annotation-xml',
]);

export const isMathMLTag = (tag: string): boolean => MATHML_TAGS.has(tag);
