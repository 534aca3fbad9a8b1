// This page with a query: the public URL is rewritten here (lib/query-route.ts), so each view is cached whole.
export { default, generateMetadata } from "../../page";
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";
