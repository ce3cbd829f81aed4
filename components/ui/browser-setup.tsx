"use client";

import { z } from "zod";

/**
 * zod compiles object parsers with `new Function` unless told not to, and its probe for that trips the
 * Content-Security-Policy (no 'unsafe-eval'): the browser reports a violation on every page with a form, although
 * zod catches the refusal. Without the probe the parsers are the same, just not compiled. This module is loaded by
 * the root layout, so it runs in the browser before any form parses; the server keeps compiled parsers.
 */
if (typeof window !== "undefined") z.config({ jitless: true });

/** Rendered once in the root layout for the browser-wide settings above. */
export function BrowserSetup() {
  return null;
}
