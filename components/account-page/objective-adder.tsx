"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { ObjectiveForm, type OfferingOption } from "./plan-item-forms";

/** "Add objective" under a plan, opening the objective form in place. */
export function ObjectiveAdder({ accountId, planId, offerings }: { accountId: string; planId: string; offerings: OfferingOption[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) return <Button size="sm" variant="secondary" className="mt-3" onClick={() => setOpen(true)}>{t("accountPage.plan.addObjective")}</Button>;
  return (
    <div className="mt-3">
      <ObjectiveForm accountId={accountId} planId={planId} offerings={offerings} onDone={() => setOpen(false)} />
    </div>
  );
}
