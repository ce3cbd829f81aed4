import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

/** The variants' and sizes' classes are in app/globals.css (`btn-<variant>`, `btn-<size>`): buttons repeat on every card. */
export function buttonClass(variant: ButtonVariant = "primary", size: "sm" | "md" = "md") {
  return `btn btn-${size} btn-${variant}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: "sm" | "md" }) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}
