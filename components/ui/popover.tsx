"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A button that shows and hides a panel (disclosure pattern): Escape, a click outside or a click on any button
 * inside the panel (its actions) closes it; Escape and panel buttons return focus to the toggle.
 */
export function Popover({
  label,
  buttonContent,
  buttonClassName,
  panelClassName = "",
  children,
}: {
  label: string;
  buttonContent: ReactNode;
  buttonClassName: string;
  panelClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        close();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={buttonClassName}
      >
        {buttonContent}
      </button>
      <div
        id={panelId}
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("button")) close();
        }}
        className={`absolute z-20 mt-1 rounded-md border border-slate-200 bg-white p-3 text-left text-sm shadow-lg ${panelClassName}`}
      >
        {open && children}
      </div>
    </div>
  );
}
