"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import {
  deleteContactAction, markContactLeftAction, mergeContactsAction, setCoverageLevelsAction, setInfluenceAction, setReportsToAction,
} from "@/lib/stakeholder-map/actions";
import type { MapNode } from "@/lib/stakeholder-map/queries";
import { INFLUENCES, RELATIONSHIP_LEVELS, wouldCreateCycle } from "@/lib/stakeholders";
import { AssignCoverage, RemoveCoverage } from "./coverage-controls";

type Props = { accountId: string; canEdit: boolean; node: MapNode; nodes: MapNode[]; onClose: () => void };

/**
 * The side panel of a selected card: reports-to, influence, coverage levels, "left", delete and merge. A sheet over
 * the whole width on a phone, a column on the right from `md` up; Escape or the close button return to the card.
 */
export function StakeholderPanel({ accountId, canEdit, node, nodes, onClose }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-0 z-40 overflow-y-auto bg-white p-4 shadow-2xl md:inset-y-0 md:left-auto md:right-0 md:w-[26rem] md:border-l md:border-slate-200"
      data-testid="stakeholder-panel"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h3 id={titleId} ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">{node.name}</h3>
          {node.title && <p className="text-sm text-slate-600">{node.title}</p>}
        </div>
        <Button size="sm" variant="secondary" onClick={onClose}>{t("stakeholders.panel.close")}</Button>
      </div>
      {canEdit ? (
        <div className="mt-4 space-y-6">
          <ProfileForm accountId={accountId} node={node} nodes={nodes} />
          <CoverageLevels accountId={accountId} node={node} />
          <LeaveForm accountId={accountId} node={node} />
          <MergeForm accountId={accountId} node={node} nodes={nodes} />
          <DeleteContact accountId={accountId} node={node} />
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-600">{t("accountPage.header.readOnly")}</p>
      )}
    </section>
  );
}

function ProfileForm({ accountId, node, nodes }: { accountId: string; node: MapNode; nodes: MapNode[] }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [saved, setSaved] = useState(false);
  const [reportsToId, setReportsToId] = useState(node.reportsToId ?? "");
  const [influence, setInfluence] = useState(node.influence ?? "");
  const org = nodes.map((n) => ({ id: n.id, reportsToId: n.reportsToId }));
  const managers = nodes.filter((n) => n.id !== node.id && !wouldCreateCycle(org, node.id, n.id));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    runner.run(async () => {
      if (reportsToId !== (node.reportsToId ?? "")) {
        const result = await setReportsToAction({ accountId, contactId: node.id, reportsToId });
        if (!result.ok) return result;
      }
      return setInfluenceAction({ accountId, contactId: node.id, influence });
    }, () => setSaved(true));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ActionError message={runner.error} />
      <Field label={t("stakeholders.panel.reportsTo")} name="stakeholder-reportsTo" error={runner.fieldErrors.reportsToId}>
        <Select
          name="stakeholder-reportsTo"
          value={reportsToId}
          onChange={(event) => setReportsToId(event.target.value)}
          placeholder={t("stakeholders.panel.noManager")}
          options={managers.map((n) => ({ value: n.id, label: n.title ? `${n.name} · ${n.title}` : n.name }))}
          error={runner.fieldErrors.reportsToId}
        />
      </Field>
      <Field label={t("stakeholders.panel.influence")} name="stakeholder-influence" error={runner.fieldErrors.influence}>
        <Select
          name="stakeholder-influence"
          value={influence}
          onChange={(event) => setInfluence(event.target.value)}
          placeholder={t("stakeholders.panel.notSet")}
          options={INFLUENCES.map((value) => ({ value, label: t(`stakeholders.influence.${value}`) }))}
          error={runner.fieldErrors.influence}
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={runner.pending}>{t("stakeholders.panel.save")}</Button>
        {saved && <span role="status" className="text-sm text-green-700">{t("stakeholders.panel.saved")}</span>}
      </div>
    </form>
  );
}

function CoverageLevels({ accountId, node }: { accountId: string; node: MapNode }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`coverage-${node.id}`} className="space-y-3 border-t border-slate-200 pt-4">
      <h4 id={`coverage-${node.id}`} className="text-sm font-semibold">{t("stakeholders.panel.coverage")}</h4>
      {node.coverage.length === 0 && <p className="text-sm text-slate-600">{t("stakeholders.panel.noCoverage")}</p>}
      {node.coverage.map((line) => (
        <LevelRow key={line.userId} accountId={accountId} node={node} line={line} />
      ))}
      <AssignCoverage accountId={accountId} contact={node} coveredBy={node.coverage.map((line) => line.userId)} />
    </section>
  );
}

function LevelRow({ accountId, node, line }: { accountId: string; node: MapNode; line: MapNode["coverage"][number] }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [levelNow, setLevelNow] = useState(line.levelNow ?? "");
  const [levelWanted, setLevelWanted] = useState(line.levelWanted ?? "");
  const [saved, setSaved] = useState(false);
  const options = RELATIONSHIP_LEVELS.map((value) => ({ value, label: t(`stakeholders.level.${value}`) }));
  const base = `level-${node.id}-${line.userId}`;
  return (
    <form
      noValidate
      className="rounded-md bg-slate-50 p-2"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        runner.run(() => setCoverageLevelsAction({ accountId, contactId: node.id, userId: line.userId, levelNow, levelWanted }), () => setSaved(true));
      }}
    >
      <p className="flex items-center text-sm font-medium">
        {line.name}
        <RemoveCoverage accountId={accountId} contact={node} user={{ id: line.userId, name: line.name }} />
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label={t("stakeholders.panel.levelNow", { user: line.name })} name={`${base}-now`}>
          <Select name={`${base}-now`} value={levelNow} onChange={(e) => setLevelNow(e.target.value)} placeholder={t("stakeholders.card.unassessed")} options={options} />
        </Field>
        <Field label={t("stakeholders.panel.levelWanted", { user: line.name })} name={`${base}-wanted`}>
          <Select name={`${base}-wanted`} value={levelWanted} onChange={(e) => setLevelWanted(e.target.value)} placeholder={t("stakeholders.card.unassessed")} options={options} />
        </Field>
      </div>
      <div className="mt-2 flex items-center gap-3">
        <Button type="submit" size="sm" variant="secondary" disabled={runner.pending}>{t("stakeholders.panel.save")}</Button>
        {saved && <span role="status" className="text-sm text-green-700">{t("stakeholders.panel.saved")}</span>}
      </div>
      <ActionError message={runner.error} />
    </form>
  );
}

function LeaveForm({ accountId, node }: { accountId: string; node: MapNode }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form
      noValidate
      className="space-y-3 border-t border-slate-200 pt-4"
      aria-labelledby={`leave-${node.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        runner.run(() => markContactLeftAction({ accountId, contactId: node.id, leftAt: String(form.get("stakeholder-leftAt") ?? ""), newEmployer: String(form.get("stakeholder-newEmployer") ?? "") }));
      }}
    >
      <h4 id={`leave-${node.id}`} className="text-sm font-semibold">{t("stakeholders.panel.leave.title")}</h4>
      <ActionError message={runner.error} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label={t("stakeholders.panel.leave.date")} name="stakeholder-leftAt" error={runner.fieldErrors.leftAt}>
          <TextInput name="stakeholder-leftAt" type="date" defaultValue={today} max={today} required error={runner.fieldErrors.leftAt} />
        </Field>
        <Field label={t("stakeholders.panel.leave.employer")} name="stakeholder-newEmployer" error={runner.fieldErrors.newEmployer}>
          <TextInput name="stakeholder-newEmployer" maxLength={200} error={runner.fieldErrors.newEmployer} />
        </Field>
      </div>
      <p className="text-xs text-slate-500">{t("stakeholders.panel.leave.hint")}</p>
      <Button type="submit" size="sm" variant="secondary" disabled={runner.pending}>{t("stakeholders.panel.leave.submit")}</Button>
    </form>
  );
}

function MergeForm({ accountId, node, nodes }: { accountId: string; node: MapNode; nodes: MapNode[] }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [otherId, setOtherId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const others = nodes.filter((n) => n.id !== node.id);
  const other = others.find((n) => n.id === otherId);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby={`merge-${node.id}`} className="space-y-3 border-t border-slate-200 pt-4">
      <h4 id={`merge-${node.id}`} className="text-sm font-semibold">{t("stakeholders.panel.merge.title")}</h4>
      <ActionError message={runner.error} />
      <Field label={t("stakeholders.panel.merge.pick", { name: node.name })} name="stakeholder-merge" error={runner.fieldErrors.otherId}>
        <Select name="stakeholder-merge" value={otherId} onChange={(e) => setOtherId(e.target.value)} placeholder={t("stakeholders.panel.merge.choose")} options={others.map((n) => ({ value: n.id, label: n.title ? `${n.name} · ${n.title}` : n.name }))} error={runner.fieldErrors.otherId} />
      </Field>
      <Button size="sm" variant="secondary" disabled={!other || runner.pending} onClick={() => setConfirming(true)}>{t("stakeholders.panel.merge.submit")}</Button>
      {confirming && other && (
        <ModalDialog title={t("stakeholders.panel.merge.confirmTitle", { name: node.name, other: other.name })} onClose={() => setConfirming(false)}>
          <p className="mt-2 text-sm text-slate-700">{t("stakeholders.panel.merge.confirmBody", { name: node.name, other: other.name })}</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>{t("stakeholders.panel.cancel")}</Button>
            <Button
              disabled={runner.pending}
              onClick={() => runner.run(() => mergeContactsAction({ accountId, contactId: node.id, otherId: other.id }), () => { setConfirming(false); setOtherId(""); })}
            >
              {t("stakeholders.panel.merge.confirm")}
            </Button>
          </div>
          <ActionError message={runner.error} />
        </ModalDialog>
      )}
    </section>
  );
}

function DeleteContact({ accountId, node }: { accountId: string; node: MapNode }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby={`delete-${node.id}`} className="space-y-2 border-t border-slate-200 pt-4">
      <h4 id={`delete-${node.id}`} className="text-sm font-semibold">{t("stakeholders.panel.remove.title")}</h4>
      <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>{t("stakeholders.panel.remove.submit")}</Button>
      {confirming && (
        <ModalDialog title={t("stakeholders.panel.remove.confirmTitle", { name: node.name })} onClose={() => setConfirming(false)}>
          <p className="mt-2 text-sm text-slate-700">{t("stakeholders.panel.remove.confirmBody")}</p>
          <ActionError message={runner.error} />
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>{t("stakeholders.panel.cancel")}</Button>
            <Button variant="danger" disabled={runner.pending} onClick={() => runner.run(() => deleteContactAction({ accountId, contactId: node.id }))}>
              {t("stakeholders.panel.remove.confirm")}
            </Button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
