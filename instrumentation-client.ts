import { z } from "zod";

/**
 * Runs in the browser before the app's code. zod compiles object parsers with `new Function` unless told not to, and
 * its probe for that trips the Content-Security-Policy (no 'unsafe-eval'): the browser reports a violation on every
 * page with a form, although zod catches the refusal. Without the probe the parsers are the same, just not compiled.
 */
z.config({ jitless: true });
