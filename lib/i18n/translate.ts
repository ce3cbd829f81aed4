import type { Messages } from "./messages";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. "nav.dashboard". */
export type MessageKey = Leaves<Messages>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Looks a key up and fills `{name}` placeholders; an unknown key shows itself so it is noticed, not hidden. */
export function createTranslator(messages: Messages): Translate {
  return (key, values) => {
    let node: unknown = messages;
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== "string") return key;
    return values ? node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : node;
  };
}
