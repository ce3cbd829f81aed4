"use client";

import { useId, useState } from "react";
import { addCoverageAction, removeCoverageAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { PersonPicker } from "@/components/ui/person-picker";
import { useI18n } from "@/lib/i18n/client";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";

type Person = { id: string; name: string };

/**
 * Pick one of our people to cover a contact: found by name as one types (lib/users/choices), so the page does not
 * carry every colleague for every contact card. Those who cover the contact already are left out.
 */
export function AssignCoverage({ accountId, contact, coveredBy }: { accountId: string; contact: Person; coveredBy: string[] }) {
  const { t } = useI18n();
  const id = `assign-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [userId, setUserId] = useState("");
  // A new picker after each assignment, empty again.
  const [round, setRound] = useState(0);
  const runner = useActionRunner();
  return (
    <div className="mt-2">
      <label htmlFor={id} className="sr-only">{t("accountPage.contacts.coverer", { name: contact.name })}</label>
      <div className="flex items-center gap-1">
        <div className="min-w-0 flex-1">
          <PersonPicker key={round} id={id} name="userId" among="active" initial={null} exclude={coveredBy} onChoose={(choice) => setUserId(choice.value)} className={`${inputClass} mt-0 py-1 text-xs`} />
        </div>
        <Button
          size="sm"
          variant="secondary"
          disabled={!userId || runner.pending}
          onClick={() =>
            runner.run(
              () => addCoverageAction({ accountId, contactId: contact.id, userId }),
              () => {
                setUserId("");
                setRound((n) => n + 1);
              },
            )
          }
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
