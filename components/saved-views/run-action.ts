import type { ActionResult } from "@/lib/server/result";

/** Runs a saved-view action in the list's transition and reports its outcome under the list's buttons. */
export type RunAction = <T>(action: () => Promise<ActionResult<T>>, done: (data: T) => void, text: string) => void;
