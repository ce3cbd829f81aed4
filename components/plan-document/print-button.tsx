"use client";

import { Button } from "@/components/ui/button";

/** The browser's print dialog, where "Save as PDF" produces the document. */
export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
