package uk.gov.signpost.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before a controller is reached (a malformed URL, say) still get the one error style:
 * problem details for the API, an error page otherwise.
 */
@Controller
class ErrorPages implements ErrorController {


    ErrorPages() {}

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String stableCode = status == HttpStatus.NOT_FOUND ? "not_found"
                : status == HttpStatus.FORBIDDEN ? "forbidden"
                : status.is4xxClientError() ? "bad_request" : "internal_error";
        String detail = status == HttpStatus.NOT_FOUND ? "There is nothing at this address"
                : status == HttpStatus.FORBIDDEN ? "You cannot open this page, or the form had expired"
                : status.is4xxClientError() ? "The request could not be understood"
                : "Something went wrong on our side. Your messages are safe. Try again in a few minutes";
        ProblemDetail problem = ProblemFactory.of(status, stableCode, detail);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/") || ErrorAdvice.wantsProblemJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("code", stableCode);
        page.addObject("detail", detail);
        return page;
    }
}
