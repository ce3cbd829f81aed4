/** Fixed chart heights, shared by the charts and the loading skeletons so nothing jumps when data arrives. */
export const MATRIX_HEIGHT = 440;
export const PARETO_HEIGHT = 260;
