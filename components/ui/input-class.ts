/** See `.input` in app/globals.css. Apart from field.tsx so a client control can use it without the form fields. */
export const inputClass = "input";
