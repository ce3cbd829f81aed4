"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";
import { addReviewAction, outcomeToTaskAction, removeReviewAction, updateReviewAction } from "@/lib/business-reviews/actions";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

type Person = { id: string; name: string };
export type ReviewData = {
  id: string; heldOn: string; planId: string | null; agenda: string | null; outcomes: string | null;
  users: Person[]; contacts: (Person & { title: string | null })[];
  lines: { text: string; objectiveTitle: string | null }[];
};
export type ObjectiveOption = { id: string; title: string };

/** The account's business reviews, latest first: participants of both sides, agenda, outcomes turned into plan items. */
export function BusinessReviews(props: {
  accountId: string; planId: string | null; reviews: ReviewData[]; participants: { users: Person[]; contacts: (Person & { title: string | null })[] };
  objectives: ObjectiveOption[]; users: Person[]; canEdit: boolean;
}) {
  const { planId, reviews, canEdit } = props;
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="business-reviews" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="business-reviews">
      <h3 id="business-reviews" className="text-base font-semibold">{t("planDocument.reviews.title")}</h3>
      {canEdit && (adding
        ? <div className="mt-2"><ReviewForm {...props} initialPlanId={planId} onDone={() => setAdding(false)} /></div>
        : <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAdding(true)}>{t("planDocument.reviews.add")}</Button>)}
      {reviews.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("planDocument.reviews.empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {reviews.map((review) => <ReviewItem key={review.id} {...props} review={review} />)}
        </ol>
      )}
    </section>
  );
}

function ReviewItem(props: Parameters<typeof BusinessReviews>[0] & { review: ReviewData }) {
  const { accountId, review, objectives, canEdit } = props;
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const runner = useActionRunner();
  const date = formatDate(locale, review.heldOn);
  if (editing) return <li><ReviewForm {...props} initial={review} initialPlanId={review.planId} onDone={() => setEditing(false)} /></li>;
  return (
    <li className="rounded-md border border-slate-200 p-3 text-sm" data-testid="business-review">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="font-medium text-slate-900">{t("planDocument.reviews.heldOnTitle", { date })}</h4>
        {canEdit && (
          <span className="flex">
            <Button size="sm" variant="ghost" aria-label={t("planDocument.reviews.editReview", { date })} onClick={() => setEditing(true)}>{t("planDocument.reviews.edit")}</Button>
            <Button
              size="sm" variant="ghost" disabled={runner.pending} aria-label={t("planDocument.reviews.removeReview", { date })}
              onClick={() => { if (window.confirm(t("planDocument.reviews.confirmRemove", { date }))) runner.run(() => removeReviewAction({ accountId, reviewId: review.id })); }}
            >
              {t("planDocument.reviews.remove")}
            </Button>
          </span>
        )}
      </div>
      <ActionError message={runner.error} />
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{t("planDocument.reviews.ourSide")}</dt>
        <dd>{review.users.map((u) => u.name).join(", ") || t("planDocument.reviews.noParticipants")}</dd>
        <dt className="text-slate-600">{t("planDocument.reviews.theirSide")}</dt>
        <dd>{review.contacts.map((c) => (c.title ? `${c.name} (${c.title})` : c.name)).join(", ") || t("planDocument.reviews.noParticipants")}</dd>
        {review.agenda && (<><dt className="text-slate-600">{t("planDocument.reviews.agenda")}</dt><dd className="whitespace-pre-line">{review.agenda}</dd></>)}
      </dl>
      {review.lines.length > 0 && (
        <>
          <h5 className="mt-2 font-medium text-slate-700">{t("planDocument.reviews.outcomes")}</h5>
          <ul className="mt-1 space-y-1">
            {review.lines.map((line, index) => (
              <OutcomeLine key={`${index}-${line.text}`} accountId={accountId} reviewId={review.id} index={index} line={line} objectives={objectives} canEdit={canEdit} />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function OutcomeLine({ accountId, reviewId, index, line, objectives, canEdit }: { accountId: string; reviewId: string; index: number; line: ReviewData["lines"][number]; objectives: ObjectiveOption[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [objectiveId, setObjectiveId] = useState(objectives[0]?.id ?? "");
  const runner = useActionRunner();
  const selectId = `outcome-${reviewId}-${index}`;
  return (
    <li className="flex flex-wrap items-center gap-2" data-testid="review-outcome">
      <span className="flex-1">{line.text}</span>
      {line.objectiveTitle ? (
        <span className="text-xs text-green-800">{t("planDocument.reviews.taken", { objective: line.objectiveTitle })}</span>
      ) : canEdit && (objectives.length === 0 ? (
        <span className="text-xs text-slate-500">{t("planDocument.reviews.noObjectives")}</span>
      ) : open ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            runner.run(() => outcomeToTaskAction({ accountId, reviewId, objectiveId, line: index, ownerId: null, dueDate: null }), () => setOpen(false));
          }}
        >
          <label htmlFor={selectId} className="text-xs text-slate-700">{t("planDocument.reviews.objective")}</label>
          <select id={selectId} value={objectiveId} onChange={(e) => setObjectiveId(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1 text-xs">
            {objectives.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
          </select>
          <Button type="submit" size="sm" disabled={runner.pending}>{t("planDocument.reviews.create")}</Button>
          <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>{t("planDocument.reviews.cancel")}</Button>
        </form>
      ) : (
        <Button size="sm" variant="secondary" aria-label={t("planDocument.reviews.makeTaskFor", { text: line.text })} onClick={() => setOpen(true)}>{t("planDocument.reviews.makeTask")}</Button>
      ))}
      {runner.error && <p role="alert" className="w-full text-xs text-red-700">{runner.error}</p>}
    </li>
  );
}

function ReviewForm({ accountId, participants, initial, initialPlanId, onDone }: { accountId: string; participants: Parameters<typeof BusinessReviews>[0]["participants"]; initial?: ReviewData; initialPlanId: string | null; onDone: () => void }) {
  const { t } = useI18n();
  const id = `b${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const runner = useActionRunner();
  const errors = runner.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = {
      heldOn: (form.get(`${id}-date`) as string) ?? "",
      planId: initialPlanId,
      agenda: (form.get(`${id}-agenda`) as string) ?? "",
      outcomes: (form.get(`${id}-outcomes`) as string) ?? "",
      userIds: form.getAll(`${id}-user`) as string[],
      contactIds: form.getAll(`${id}-contact`) as string[],
    };
    runner.run<unknown>(
      () => (initial ? updateReviewAction(unchecked({ accountId, reviewId: initial.id, review: raw })) : addReviewAction(unchecked({ accountId, review: raw }))),
      onDone,
      { fieldsOnly: true },
    );
  }

  const chosenUsers = new Set(initial?.users.map((u) => u.id));
  const chosenContacts = new Set(initial?.contacts.map((c) => c.id));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <ActionError message={runner.error} />
      <Field label={t("planDocument.reviews.heldOn")} name={`${id}-date`} error={errors.heldOn}>
        <TextInput name={`${id}-date`} type="date" defaultValue={initial?.heldOn ?? new Date().toISOString().slice(0, 10)} error={errors.heldOn} />
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t("planDocument.reviews.ourSide")}</legend>
          {participants.users.map((u) => (
            <label key={u.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`${id}-user`} value={u.id} defaultChecked={chosenUsers.has(u.id)} /> {u.name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t("planDocument.reviews.theirSide")}</legend>
          {participants.contacts.length === 0 && <p className="text-xs text-slate-500">{t("planDocument.reviews.noParticipants")}</p>}
          {participants.contacts.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`${id}-contact`} value={c.id} defaultChecked={chosenContacts.has(c.id)} /> {c.title ? `${c.name} (${c.title})` : c.name}
            </label>
          ))}
        </fieldset>
      </div>
      <Field label={t("planDocument.reviews.agenda")} name={`${id}-agenda`} error={errors.agenda}>
        <TextArea name={`${id}-agenda`} rows={3} defaultValue={initial?.agenda ?? ""} error={errors.agenda} />
      </Field>
      <Field label={t("planDocument.reviews.outcomes")} name={`${id}-outcomes`} error={errors.outcomes} hint={t("planDocument.reviews.outcomesHint")}>
        <TextArea name={`${id}-outcomes`} rows={3} defaultValue={initial?.outcomes ?? ""} error={errors.outcomes} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={runner.pending}>{t("planDocument.reviews.save")}</Button>
        <Button size="sm" variant="secondary" onClick={onDone} disabled={runner.pending}>{t("planDocument.reviews.cancel")}</Button>
      </div>
    </form>
  );
}
