package uk.gov.signpost.web.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.RateLimitExceededException;
import uk.gov.signpost.platform.SignpostException;

/** Builds the one error shape: RFC 9457 problem details with a stable {@code code}. */
final class ProblemFactory {

    private ProblemFactory() {}

    static ProblemDetail of(SignpostException e) {
        ProblemDetail problem = of(e.status(), e.code(), e.getMessage());
        if (e instanceof InvalidFieldException invalid) {
            problem.setProperty("field", invalid.field());
        }
        if (e instanceof RateLimitExceededException limited) {
            problem.setProperty("retry_after_seconds", limited.retryAfter().toSeconds());
        }
        return problem;
    }

    static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://signpost.service.gov.uk/problems/" + code.replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    static ProblemDetail internal() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on our side. Your messages are safe. Try again in a few minutes");
    }
}
