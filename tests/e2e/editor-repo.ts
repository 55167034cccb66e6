import path from "node:path";

/** The Git repository the editor's browser tests edit: a copy of content/, made by editor-backend.ts. */
export const EDITOR_REPO = path.resolve(".cache", "redactie", "repo");
/** Decap's local backend listens here; the editor on localhost looks for it on this port. */
export const EDITOR_BACKEND_PORT = 8081;
