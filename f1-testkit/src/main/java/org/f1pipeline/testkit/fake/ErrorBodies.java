package org.f1pipeline.testkit.fake;

/** Error responses in the shapes each real service (or the proxy in front of it) sends. */
final class ErrorBodies {
    private ErrorBodies() {
    }

    static Reply tooManyRequests(FakeApi api, boolean openF1PlainText) {
        return switch (api) {
            case JOLPICA, DUMPS -> Reply.json(429, "{\"detail\":\"Request was throttled.\"}");
            case OPENF1 -> openF1PlainText ? Reply.text(429, "text/plain", "Rate exceeded")
                    : Reply.json(429, "{\"error\":\"Rate limit exceeded: 30 per 10 second\"}");
            case LIVETIMING, OBJECT_STORE -> Reply.text(429, "application/xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                            + "<Message>Please reduce your request rate.</Message></Error>");
        };
    }

    static Reply serverError(FakeApi api, int status) {
        if (api == FakeApi.OPENF1) {
            return switch (status) {
                case 500 -> Reply.text(500, "text/html", "<html><head><title>Internal Server Error</title></head>"
                        + "<body><h1>An error occurred</h1><pre>Traceback (most recent call last):\n"
                        + "  File \"/app/openf1/services/query_api/app.py\", line 63, in query\n"
                        + "pymongo.errors.ExecutionTimeout: operation exceeded time limit</pre></body></html>");
                case 504 -> Reply.text(504, "text/plain", "upstream request timeout");
                default -> Reply.text(status, "text/plain", status == 503 ? "Service Unavailable" : "Bad Gateway");
            };
        }
        if (api == FakeApi.LIVETIMING || api == FakeApi.OBJECT_STORE) {
            return Reply.text(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
                    + "<Code>" + (status == 503 ? "ServiceUnavailable" : "InternalError") + "</Code>"
                    + "<Message>We encountered an internal error. Please try again.</Message></Error>");
        }
        return status == 500 ? Reply.text(500, "text/html", "\n<!doctype html>\n<html lang=\"en\">\n<head>\n"
                + "  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n"
                + "</body>\n</html>\n") : htmlPage(status);
    }

    /** A Cloudflare-style HTML error page. */
    static Reply htmlPage(int status) {
        return Reply.text(status, "text/html; charset=UTF-8", "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>"
                + "<title>api.jolpi.ca | " + status + ": Bad gateway</title></head>\n<body><div id=\"cf-wrapper\">"
                + "<h1><span class=\"cf-error-type\">Error</span> <span class=\"cf-error-code\">" + status
                + "</span></h1><p>Cloudflare Ray ID: 8c1f2d3e4a5b6c7d</p></div></body>\n</html>\n");
    }
}
