/** The longest note of a stage move; apart from the schemas so that the board's dialog loads no zod. */
export const NOTE_MAX = 2000;
