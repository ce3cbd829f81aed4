"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "./input-class";
import { useI18n } from "@/lib/i18n/client";
import { searchPeopleAction } from "@/lib/users/choice-actions";
import type { PersonChoice } from "@/lib/users/choices";
import type { PeopleAmong } from "@/lib/users/schemas";

/**
 * What the picker holds: a person (value = user id, label = name) or a fixed choice that is not a person ("All
 * owners", "Mine"), which is offered first and filtered by what is typed.
 */
export type Choice = { value: string; label: string };

type Option = Choice & { detail?: string };
type Found = { query: string; people: PersonChoice[]; more: boolean } | { query: string; failed: true };

const SEARCH_DELAY_MS = 200;

const matches = (label: string, query: string) => label.toLocaleLowerCase().includes(query.toLocaleLowerCase());

/**
 * Chooses a person by typing part of a name or e-mail: an ARIA combobox whose list the server fills (ten people at
 * a time), so a page carries none of the hundreds of managers a portfolio has. The value travels in a hidden input
 * named `name`, as a select's would. ↑/↓ move, Enter chooses, Escape puts back the current choice; leaving the field
 * without choosing does too. `submitOnChoose` submits the form (a filter that applies at once); `onChoose` tells the
 * caller; `exclude` leaves people out (those already in the role the picker adds to).
 */
export function PersonPicker({
  id,
  name,
  among,
  initial,
  fixed = [],
  submitOnChoose = false,
  onChoose,
  exclude = [],
  required = false,
  disabled = false,
  invalid = false,
  describedBy,
  className = inputClass,
}: {
  id: string;
  name: string;
  among: PeopleAmong;
  initial: Choice | null;
  fixed?: readonly Choice[];
  submitOnChoose?: boolean;
  onChoose?: (choice: Choice) => void;
  exclude?: readonly string[];
  required?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
}) {
  const { t } = useI18n();
  const listId = useId();
  const hidden = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Choice | null>(initial);
  const [text, setText] = useState(initial?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [found, setFound] = useState<Found | null>(null);

  // What is searched: the typed text, or everyone (first by name) while the field still shows the choice.
  const query = text === (picked?.label ?? "") ? "" : text.trim();

  useEffect(() => {
    if (!open) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchPeopleAction({ q: query, among }).catch(() => null);
      if (stale) return;
      setFound(result?.ok ? { query, ...result.data } : { query, failed: true });
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [open, query, among]);

  const current = found && found.query === query ? found : null;
  const options: Option[] = [
    ...fixed.filter((choice) => !query || matches(choice.label, query)),
    ...(current && "people" in current ? current.people.filter((p) => !exclude.includes(p.id)).map((p) => ({ value: p.id, label: p.name, detail: p.email })) : []),
  ];
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  function choose(option: Option) {
    setPicked({ value: option.value, label: option.label });
    setText(option.label);
    setOpen(false);
    if (hidden.current) hidden.current.value = option.value;
    onChoose?.({ value: option.value, label: option.label });
    if (submitOnChoose) hidden.current?.form?.requestSubmit();
  }
  function close() {
    setOpen(false);
    setText(picked?.label ?? "");
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === "Enter" && open) {
      // Enter chooses; it does not submit the form with a half-typed name.
      event.preventDefault();
      if (options[activeIndex]) choose(options[activeIndex]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  }

  const status = !open ? null : current === null ? t("search.person.searching") : "failed" in current ? t("search.failed") : options.length === 0 ? t("search.person.none", { query }) : null;
  const more = current && "people" in current && current.more;
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="relative">
      <input ref={hidden} type="hidden" name={name} value={picked?.value ?? ""} />
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[activeIndex] ? optionId(activeIndex) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        required={required}
        disabled={disabled}
        placeholder={t("search.person.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.person.results")}
        hidden={!open}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            // mousedown, not click: the field's blur (which closes the list) would come first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-1.5 ${index === activeIndex ? "bg-brand-50 text-brand-900" : "text-slate-800"}`}
          >
            <span className={option.value === picked?.value ? "font-semibold" : undefined}>{option.label}</span>
            {option.detail && <span className="block truncate text-xs text-slate-500">{option.detail}</span>}
          </li>
        ))}
        {status && <li className="px-3 py-1.5 text-slate-500" role="presentation">{status}</li>}
        {more && !status && <li className="px-3 py-1.5 text-xs text-slate-500" role="presentation">{t("search.person.more")}</li>}
      </ul>
    </div>
  );
}
