package uk.gov.signpost.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's link to the other language: the same page with {@code lang} set, keeping the query (the benefits
 * check keeps its answers there). A page reached by posting a form links to the page the form belongs to, because
 * a link cannot post the form again.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageToggle {

    @ModelAttribute("languageToggle")
    Link languageToggle(HttpServletRequest request) {
        Locale other = LanguageConfiguration.WELSH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
                ? LanguageConfiguration.ENGLISH : LanguageConfiguration.WELSH;
        Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorPath instanceof String p ? p : request.getRequestURI();
        boolean get = "GET".equals(request.getMethod()) && errorPath == null;
        if (!get) {
            path = path.replaceFirst("/(messages|retry|change)$", "");
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (get && request.getQueryString() != null) {
            link.query(request.getQueryString());
        }
        return new Link(link.replaceQueryParam(LanguageConfiguration.PARAMETER, other.getLanguage()).build().toUriString(),
                other.getLanguage());
    }

    /** Where the toggle goes, and the language it switches to. */
    record Link(String href, String lang) {}
}
