/** A horizontal bar for a share between 0 and 1; the label carries the number for screen readers. */
export function ProgressBar({ ratio, label, color = "var(--color-accent)" }: { ratio: number; label: string; color?: string }) {
  const percent = Math.min(Math.max(ratio, 0), 1) * 100;
  return (
    <div role="img" aria-label={label} className="h-3 w-full overflow-hidden rounded-full bg-line">
      <div className="h-full rounded-full" style={{ width: `${percent}%`, background: color }} />
    </div>
  );
}
