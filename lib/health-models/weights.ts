/** Live total of the weights as typed (blank and non-numbers count 0); apart from the schemas so the editor loads no zod. */
export const weightTotal = (values: readonly string[]) => values.reduce((sum, w) => sum + (Number(w) || 0), 0);
