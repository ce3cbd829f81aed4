/** The part of async-exit-hook (no published types) that lib/platform/postgres.ts uses. */
declare module "async-exit-hook" {
  type Hook = (done: () => void) => void;
  interface AsyncExitHook {
    (hook: Hook): void;
    /** Stops listening to a process event that the hooks were run on. */
    unhookEvent(event: string): void;
    /** Runs the hooks on a process event, then ends the process with `code` (none: does not end it). */
    hookEvent(event: string, code?: number | null): void;
  }
  const exitHook: AsyncExitHook;
  export default exitHook;
}
