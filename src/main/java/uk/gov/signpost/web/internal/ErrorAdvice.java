package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.gov.signpost.pilot.NotInPilotException;
import uk.gov.signpost.pilot.ServiceOffException;
import uk.gov.signpost.platform.RateLimitExceededException;
import uk.gov.signpost.platform.SignpostException;

/**
 * The one error style. The API answers {@code application/problem+json} with a stable {@code code}; pages get a
 * GOV.UK-style error page showing the same code. No stack traces or internals reach the client.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final HttpServletRequest request;
    /** Absent in web test slices that load only some controllers; pages then get the plain error page. */
    private final ObjectProvider<PilotPages> pilotPages;

    ErrorAdvice(HttpServletRequest request, ObjectProvider<PilotPages> pilotPages) {
        this.request = request;
        this.pilotPages = pilotPages;
    }

    /** The assistant is switched off or not open to this person: pages point to the existing services. */
    @ExceptionHandler({ServiceOffException.class, NotInPilotException.class})
    Object pilotClosed(SignpostException e) {
        PilotPages pages = pilotPages.getIfAvailable();
        return wantsProblemJson(request) || pages == null ? respond(ProblemFactory.of(e)) : pages.unavailable(e);
    }

    @ExceptionHandler(SignpostException.class)
    Object signpost(SignpostException e, HttpServletResponse response) {
        if (e instanceof RateLimitExceededException limited) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        if (e instanceof uk.gov.signpost.platform.ServiceBusyException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        }
        if (e instanceof uk.gov.signpost.platform.ShuttingDownException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        if (e instanceof uk.gov.signpost.agent.ReplyInProgressException) {
            response.setHeader(HttpHeaders.RETRY_AFTER,
                    Long.toString(uk.gov.signpost.agent.ReplyInProgressException.RETRY_AFTER.toSeconds()));
        }
        return respond(ProblemFactory.of(e));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e) {
        return respond(ProblemFactory.of(HttpStatus.BAD_REQUEST, "malformed_json",
                "The request body must be valid JSON in UTF-8, for example {\"text\": \"Hello\"}"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(ProblemFactory.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Send the request body as application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(ProblemFactory.of(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
                "Ask for application/json or text/event-stream"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e) {
        return respond(ProblemFactory.of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                "This address does not accept " + e.getMethod()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(Exception e) {
        return respond(ProblemFactory.of(HttpStatus.BAD_REQUEST, "invalid_parameter", "A parameter is missing or invalid"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e) {
        return respond(ProblemFactory.of(HttpStatus.NOT_FOUND, "not_found", "There is nothing at this address"));
    }

    /**
     * A live stream's client went away (a closed tab), or the stream reached its time limit (the browser's
     * EventSource reconnects): nothing to answer, and nothing went wrong.
     */
    @ExceptionHandler({org.springframework.web.context.request.async.AsyncRequestNotUsableException.class,
            org.springframework.web.context.request.async.AsyncRequestTimeoutException.class})
    void clientGone() {
        // The connection is closed; there is no one to send a response to.
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e) {
        log.error("event=unexpected_error error={}", e.getClass().getSimpleName(), e);
        return respond(ProblemFactory.internal());
    }

    /** Problem details for the API and for streaming requests; a whole error page for everything else. */
    private Object respond(ProblemDetail problem) {
        if (wantsProblemJson(request)) {
            return ResponseEntity.status(problem.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error", HttpStatusCode.valueOf(problem.getStatus()));
        page.addObject("status", problem.getStatus());
        page.addObject("code", problem.getProperties() == null ? "error" : problem.getProperties().get("code"));
        page.addObject("detail", problem.getDetail());
        return page;
    }

    static boolean wantsProblemJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith("/api/")
                || (accept != null && (accept.contains("json") || accept.contains("text/event-stream")));
    }
}
