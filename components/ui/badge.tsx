import type { HTMLAttributes } from "react";

type Tone = "neutral" | "accent" | "warning";

const TONES: Record<Tone, string> = {
  neutral: "bg-canvas text-muted border-line",
  accent: "bg-accent-soft text-accent-strong border-accent-soft",
  warning: "bg-amber-50 text-warning border-amber-200",
};

export function Badge({ tone = "neutral", className = "", ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: Tone }) {
  return <span className={`badge ${TONES[tone]} ${className}`.trim()} {...props} />;
}
