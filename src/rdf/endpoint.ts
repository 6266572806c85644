// Store endpoints as the user gives them: checked before any request (a malformed URL is
// a usage error), credentials in the URL taken as Basic auth and never printed.
import { UsageError } from "../errors.ts";

export interface Endpoint {
  /** The URL to request, without user and password. */
  url: URL;
  user?: string;
  password?: string;
}

/** An http(s) URL, or a UsageError; `http://user:pw@host/…` gives the credentials apart. */
export function parseEndpoint(value: string, option = "--endpoint"): Endpoint {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} ${JSON.stringify(redactText(value))} is not a URL (expected http://host:port/path)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${option} ${redactUrl(url)}: only http and https endpoints are supported`);
  const out: Endpoint = { url: new URL(url) };
  if (url.username || url.password) {
    out.user = decodeURIComponent(url.username);
    out.password = decodeURIComponent(url.password);
    out.url.username = "";
    out.url.password = "";
  }
  return out;
}

/** The URL as it may be printed: no password, no user. */
export function redactUrl(url: URL): string {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.toString();
}

/** Any `scheme://user:password@` in free text (an error message) with the credentials removed. */
export function redactText(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, "$1");
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

/** One line for a request that got no answer. */
export function connectionFailure(e: unknown, timeoutS: number): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `no answer within ${timeoutS} s (--timeout ${timeoutS})`;
  const detail = err.cause?.code ?? err.cause?.message ?? err.message;
  return `cannot connect (${redactText(String(detail))})`;
}

/** An absolute IRI for a named graph, or a UsageError. */
export function parseGraphIri(value: string, option = "--named-graph"): string {
  const ok = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value) && (() => { try { new URL(value); return true; } catch { return false; } })();
  if (!ok) throw new UsageError(`${option} ${JSON.stringify(value)} is not an absolute IRI (e.g. https://example.org/graph)`);
  return value;
}
