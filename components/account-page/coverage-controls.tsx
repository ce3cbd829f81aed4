"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { addCoverageAction, removeCoverageAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

type Person = { id: string; name: string };

const noSubscription = () => () => {};

/**
 * The people to pick are rendered in the browser only, once the page is interactive (before that the select cannot
 * assign anyway): written into the HTML they repeated every colleague in every contact's card, about 150 KB for an
 * account with 40 contacts in a portfolio with 80 people.
 */
const useInteractive = () => useSyncExternalStore(noSubscription, () => true, () => false);

/** Pick one of our people to cover a contact. */
export function AssignCoverage({ accountId, contact, users, coveredBy }: { accountId: string; contact: Person; users: Person[]; coveredBy: string[] }) {
  const { t } = useI18n();
  const id = `assign-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [userId, setUserId] = useState("");
  const runner = useActionRunner();
  const interactive = useInteractive();
  const choices = users.filter((user) => !coveredBy.includes(user.id));
  if (choices.length === 0) return null;
  return (
    <div className="mt-2">
      <label htmlFor={id} className="sr-only">{t("accountPage.contacts.coverer", { name: contact.name })}</label>
      <div className="flex items-center gap-1">
        <select id={id} value={userId} onChange={(event) => setUserId(event.target.value)} className={`${inputClass} mt-0 py-1 text-xs`}>
          <option value="">{t("accountPage.contacts.pickUser")}</option>
          {interactive && choices.map((user) => (
            <option key={user.id} value={user.id}>{user.name}</option>
          ))}
        </select>
        <Button
          size="sm"
          variant="secondary"
          disabled={!userId || runner.pending}
          onClick={() => runner.run(() => addCoverageAction({ accountId, contactId: contact.id, userId }), () => setUserId(""))}
        >
          {t("accountPage.contacts.addCoverage")}
        </Button>
      </div>
      <ActionError message={runner.error} />
    </div>
  );
}

/** Removes one coverage line; labelled with both names so it makes sense out of context. */
export function RemoveCoverage({ accountId, contact, user }: { accountId: string; contact: Person; user: Person }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  return (
    <>
      <button
        type="button"
        disabled={runner.pending}
        onClick={() => runner.run(() => removeCoverageAction({ accountId, contactId: contact.id, userId: user.id }))}
        aria-label={t("accountPage.contacts.removeCoverage", { user: user.name, contact: contact.name })}
        title={t("accountPage.contacts.removeCoverage", { user: user.name, contact: contact.name })}
        className="ml-1 rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-red-700 disabled:opacity-50"
      >
        ×
      </button>
      {runner.error && <span role="alert" className="ml-1 text-xs text-red-700">{runner.error}</span>}
    </>
  );
}
