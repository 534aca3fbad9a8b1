"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The summary at the top of a refused form. It takes focus when it appears so keyboard
 * and screen-reader users learn at once that nothing was saved and why.
 */
export function FormAlert({ title, children, tone = "danger" }: { title: string; children?: ReactNode; tone?: "danger" | "warning" }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [title]);
  const colours = tone === "danger" ? "border-danger bg-red-50" : "border-warning bg-amber-50";
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={`space-y-2 rounded-lg border-l-4 p-4 ${colours}`} data-testid="form-alert">
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}
