/** The title and one-line introduction every list page opens with. */
export function PageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="max-w-3xl">
      <h1 className="text-2xl font-semibold sm:text-3xl">{title}</h1>
      <p className="mt-2 text-muted">{intro}</p>
    </header>
  );
}
