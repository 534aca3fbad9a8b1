"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { bibtexCitation, plainCitation } from "@/lib/cite";
import type { Locale } from "@/lib/i18n/routing";
import { isoDay } from "@/lib/format";

type Labels = { heading: string; intro: string; plain: string; bibtex: string; copy: string; copied: string; copyFailed: string };
type Props = { locale: Locale; portal: string; title: string; url: string; updated: string | null; renderedOn: string; labels: Labels };

const noSubscription = () => () => {};
const today = () => isoDay(new Date());

/**
 * The citation texts, dated by the reader's own day: the page may come from a cache days
 * old, so the server's date stands only until the browser renders.
 */
export function CiteThisPanel({ locale, portal, title, url, updated, renderedOn, labels }: Props) {
  const accessed = useSyncExternalStore(noSubscription, today, () => renderedOn.slice(0, 10));
  const parts = { portal, title, url, updated: updated ? new Date(updated) : null, accessed: new Date(accessed) };
  const plain = plainCitation(parts, locale);
  const bibtex = bibtexCitation(parts, locale);
  return (
    <details className="rounded-lg border border-line bg-surface p-4" data-testid="cite-this">
      <summary className="cursor-pointer font-medium">{labels.heading}</summary>
      <p className="mt-2 text-sm text-muted">{labels.intro}</p>
      <CitationText label={labels.plain} text={plain} labels={labels} testId="cite-plain" />
      <CitationText label={labels.bibtex} text={bibtex} labels={labels} testId="cite-bibtex" code />
    </details>
  );
}

function CitationText({ label, text, labels, testId, code = false }: { label: string; text: string; labels: Labels; testId: string; code?: boolean }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const id = useId();
  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(() => setState("copied"))
      .catch(() => setState("failed"));
  return (
    <section className="mt-3" aria-labelledby={id}>
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={id} className="text-sm font-medium">
          {label}
        </h3>
        <button type="button" onClick={copy} className="rounded border border-line px-2 py-0.5 text-xs hover:bg-accent-soft">
          {labels.copy}
        </button>
        <span role="status" className="text-xs text-muted">
          {state === "copied" ? labels.copied : state === "failed" ? labels.copyFailed : ""}
        </span>
      </div>
      {code ? (
        <pre className="mt-1 overflow-x-auto rounded border border-line bg-canvas p-2 text-xs" data-testid={testId}>
          {text}
        </pre>
      ) : (
        <p className="mt-1 break-words rounded border border-line bg-canvas p-2 text-sm" data-testid={testId}>
          {text}
        </p>
      )}
    </section>
  );
}
