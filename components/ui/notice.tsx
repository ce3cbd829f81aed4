import Link from "next/link";

/** A full-width message panel for empty, coming and forbidden states. */
export function Notice({ title, body, href, linkLabel }: { title: string; body?: string; href?: string; linkLabel?: string }) {
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      {body && <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{body}</p>}
      {href && linkLabel && (
        <Link href={href} className="mt-4 inline-block text-sm text-brand-600 underline">
          {linkLabel}
        </Link>
      )}
    </section>
  );
}
