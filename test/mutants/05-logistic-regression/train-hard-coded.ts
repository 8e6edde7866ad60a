// Mutant: the page's trace typed in as the answer: right on the page, wrong everywhere else.
export * from '../../../solutions/05-logistic-regression.ts';
export function trainLogisticRegression(_xs: number[][], _ys: number[], _options: unknown) {
  return {
    w: [0.8769935624117837, 0.40721974668692884],
    b: -0.1469143759624247,
    costs: [0.6931471805599453, 0.5533380097486379, 0.46312124840565316, 0.39995280146215995, 0.3526253971799949, 0.3154357042476118],
  };
}
