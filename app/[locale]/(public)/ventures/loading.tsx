// Shown while the filtered list renders on the server.
export { default } from "@/components/page-loading";
