package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English or Welsh. A person chooses with the link in the header ({@code ?lang=cy} or {@code ?lang=en}); the choice
 * is kept in a cookie for a year. Anything else, and a browser's own language, gives English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale WELSH = Locale.forLanguageTag("cy");
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver(@Value("${signpost.sessions.cookie-secure:false}") boolean secure) {
        CookieLocaleResolver resolver = new OnlyEnglishOrWelsh("signpost_lang");
        resolver.setDefaultLocale(ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(secure);
        resolver.setCookieSameSite("Lax");
        // A browser set to Welsh still starts in English, as GOV.UK does: the person chooses.
        resolver.setDefaultLocaleFunction(request -> ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/mcp/**");
    }

    /** Welsh when Welsh was chosen; English for any other language. */
    static Locale supported(@Nullable Locale locale) {
        return locale != null && WELSH.getLanguage().equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    private static final class OnlyEnglishOrWelsh extends CookieLocaleResolver {

        OnlyEnglishOrWelsh(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable Locale locale) {
            super.setLocale(request, response, supported(locale));
        }
    }
}
