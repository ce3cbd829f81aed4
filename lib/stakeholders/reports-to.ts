/** A contact's place in the customer's organisation: who he reports to, within one account. */
export type OrgContact = { id: string; accountId?: string; reportsToId: string | null };

/**
 * True when `contactId` reporting to `newManagerId` would close a loop: the manager is the contact himself or
 * already reports (directly or not) to him. A loop already in the data stops the walk instead of hanging it.
 */
export function wouldCreateCycle(contacts: readonly OrgContact[], contactId: string, newManagerId: string | null): boolean {
  if (newManagerId === null) return false;
  const managerOf = new Map(contacts.map((contact) => [contact.id, contact.reportsToId]));
  const seen = new Set<string>();
  let current: string | null | undefined = newManagerId;
  while (current != null && !seen.has(current)) {
    if (current === contactId) return true;
    seen.add(current);
    current = managerOf.get(current);
  }
  return false;
}

export type ReportsToProblem = "unknownContact" | "unknownManager" | "otherAccount" | "cycle";

/**
 * Why `contactId` may not report to `managerId` (null: he may). Both must be among `contacts`, of the same
 * account, and the line must not close a loop. `managerId` null (no manager) is always allowed for a known contact.
 */
export function reportsToProblem(contacts: readonly OrgContact[], contactId: string, managerId: string | null): ReportsToProblem | null {
  const contact = contacts.find((c) => c.id === contactId);
  if (!contact) return "unknownContact";
  if (managerId === null) return null;
  const manager = contacts.find((c) => c.id === managerId);
  if (!manager) return "unknownManager";
  if (manager.accountId !== contact.accountId) return "otherAccount";
  return wouldCreateCycle(contacts, contactId, managerId) ? "cycle" : null;
}
