/** Where focus was inside the board when the drag layer replaced the plain columns: a card and its n-th control. */
export type FocusedControl = { accountId: string; index: number };

export const controlsOf = (card: Element) => [...card.querySelectorAll<HTMLElement>("a[href], button")];

/** The focused control inside the board, to focus again after the drag layer has replaced the columns. */
export function focusedControl(target: EventTarget | null): FocusedControl | null {
  if (!(target instanceof HTMLElement)) return null;
  const card = target.closest<HTMLElement>('[data-testid="board-card"]');
  const accountId = card?.dataset.accountId;
  if (!card || !accountId) return null;
  const index = controlsOf(card).indexOf(target);
  return index < 0 ? null : { accountId, index };
}
