/** An error a user caused, with an HTTP status and a message they can act on. */
export class HttpError extends Error {
  override name = "HttpError";
  readonly statusCode: number;
  readonly code: string;
  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

export const notFound = (message = "There is nothing here.") => new HttpError(404, "not_found", message);
export const forbidden = (message = "You may not do that.") => new HttpError(403, "forbidden", message);
export const unauthorized = (message = "Sign in first.") => new HttpError(401, "unauthorized", message);

const codes: Record<number, string> = {
  400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
  406: "not_acceptable", 409: "conflict", 410: "gone", 413: "payload_too_large", 415: "unsupported_media_type",
  422: "unprocessable_entity", 429: "too_many_requests",
};

export function errorCode(status: number): string {
  return codes[status] ?? (status >= 500 ? "internal_error" : "error");
}
