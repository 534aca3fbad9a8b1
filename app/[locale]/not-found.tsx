import { NotFoundMessage } from "@/components/not-found-message";

// Shown in place of a missing record when the visitor navigates in the browser; a document
// request for it is answered by app/global-not-found.tsx (see scripts/serve.ts).
export default NotFoundMessage;
