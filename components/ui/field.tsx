import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

import { inputClass } from "./input-class";

export { inputClass };

/** A labelled form control with its error message, wired for screen readers. */
export function Field({ label, name, error, hint, children }: { label: string; name: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="text-sm">
      <label htmlFor={name} className="block font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

type ErrorProps = { name: string; error?: string };
const aria = ({ name, error }: ErrorProps) => ({ id: name, name, "aria-invalid": !!error, "aria-describedby": error ? `${name}-error` : undefined });

export function TextInput({ error, ...props }: InputHTMLAttributes<HTMLInputElement> & ErrorProps) {
  return <input className={inputClass} {...props} {...aria({ name: props.name, error })} />;
}

export function TextArea({ error, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & ErrorProps) {
  return <textarea className={inputClass} rows={3} {...props} {...aria({ name: props.name, error })} />;
}

export function Select({ error, options, placeholder, ...props }: SelectHTMLAttributes<HTMLSelectElement> & ErrorProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <select className={inputClass} {...props} {...aria({ name: props.name, error })}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
