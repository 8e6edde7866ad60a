/**
 * The self-check of chapter 11: the interview questions that close the course, each with an
 * answer a reader can compare with their own, and the chapter that teaches it. Plain text (no TeX):
 * the quiz ships no math code, so formulas are written with Unicode.
 */
export interface QuizQuestion {
  id: string;
  question: string;
  /** The answer, one paragraph per entry. */
  answer: string[];
  /** Where the course teaches it: the page path and the link's text. */
  see: { href: string; text: string };
}

export const QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'neuron',
    question: 'What are the key components of a neuron, in the brain and in a network?',
    answer: [
      'A brain neuron receives signals through its dendrites, adds them up in the cell body, and, when the total is large enough, fires a signal down its axon. The axon passes it on across synapses to other neurons, and each synapse can be stronger or weaker.',
      'An artificial neuron keeps that outline: inputs x₁ … xₙ, one weight wᵢ per input (the strength of a synapse), a bias b, the weighted sum z = w · x + b, and an activation g that turns z into the output a = g(z). Training changes the weights and the bias, never the wiring. The analogy stops there: real neurons send timed spikes, not one number, and are far more varied.',
    ],
    see: { href: '/01-perceptron', text: 'Chapter 1, the perceptron' },
  },
  {
    id: 'forward',
    question: 'What is forward propagation?',
    answer: [
      'Computing the network’s output from its input, one layer after another: A⁽⁰⁾ = X, then for each layer l, Z⁽ˡ⁾ = W⁽ˡ⁾ A⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and A⁽ˡ⁾ = g⁽ˡ⁾(Z⁽ˡ⁾), up to the output A⁽ᴸ⁾, which the loss compares with the targets.',
      'With the examples as the columns of X, one matrix product per layer handles the whole batch. Each layer keeps its Z and A (the cache): the backward pass needs them.',
    ],
    see: { href: '/06-forward-propagation', text: 'Chapter 6, forward propagation' },
  },
  {
    id: 'backward',
    question: 'What is backward propagation?',
    answer: [
      'An efficient way to compute the gradient of the cost with respect to every weight and bias, by the chain rule, from the output back to the first layer. Each layer turns the gradient at its output into dZ = dA ⊙ g′(Z), then dW = (1/m) dZ A_prevᵀ, db = the row sums of dZ divided by m, and dA_prev = Wᵀ dZ for the layer below. One backward pass costs about as much as two forward passes, whatever the number of weights.',
      'A common confusion: backpropagation computes the gradients; it does not update anything. The update is a separate step, gradient descent W ← W − η dW (or momentum, or Adam).',
    ],
    see: { href: '/07-backpropagation', text: 'Chapter 7, backpropagation' },
  },
  {
    id: 'non-convex',
    question: 'Why is training a deep network a non-convex optimisation problem?',
    answer: [
      'The cost, as a function of the weights, is built from products of weights passed through non-linear activations, and such compositions are not convex in general. A short proof for any network with two hidden units or more: swapping two hidden units (their incoming and outgoing weights together) gives the same function, so if one setting of the weights is a minimum, the swapped setting is another, and the point halfway between them is usually worse. A convex function cannot do that.',
      'So the cost can have many local minima, saddle points and flat regions. Gradient descent with a small enough step lowers the cost and heads towards a point where the gradient vanishes; it does not promise the global minimum, nor even a minimum (it can stall near a saddle). In practice, mini-batch noise, momentum and a good initialisation make the minima it finds good enough.',
    ],
    see: { href: '/08-training', text: 'Chapter 8, training' },
  },
  {
    id: 'bias',
    question: 'What does the bias do?',
    answer: [
      'It shifts the neuron’s threshold. Without a bias, z = w · x is 0 whenever x = 0, so the boundary w · x = 0 must pass through the origin, and an input of zeros always gives the output g(0). With a bias, z = w · x + b, and the boundary can sit anywhere: a perceptron can learn AND, which no boundary through the origin separates.',
      'It is learned like a weight whose input is always 1, and its gradient is the sum of dZ over the batch. It is usually left out of weight decay: shrinking it fights no overfitting, it only moves the threshold.',
    ],
    see: { href: '/01-perceptron', text: 'Chapter 1, the perceptron' },
  },
  {
    id: 'brain',
    question: 'How is backpropagation like, and unlike, the human brain?',
    answer: [
      'Alike in outline: both are networks of simple units that sum weighted inputs and respond non-linearly, and both learn by changing the strengths of their connections.',
      'Unlike in how they learn. Backpropagation sends exact error signals backwards through the same weights, with a separate backward phase after each forward one; nothing shows that neurons do this (a synapse passes signals one way, and a neuron would need to know the weights of synapses downstream of it, the “weight transport” problem). Brain learning looks mostly local: a synapse changes with the activity of the two neurons it joins (“cells that fire together wire together”). Variants of backpropagation that avoid weight transport, such as feedback alignment, still learn, which is one line of research on what the brain might do instead.',
    ],
    see: { href: '/07-backpropagation', text: 'Chapter 7, backpropagation' },
  },
];
