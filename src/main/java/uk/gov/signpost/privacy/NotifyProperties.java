package uk.gov.signpost.privacy;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify, for "continue later" links. Off (and the option hidden) unless an API key and a template are set.
 *
 * @param apiKey from {@code SIGNPOST_NOTIFY_API_KEY}
 * @param baseUrl from {@code SIGNPOST_NOTIFY_BASE_URL}; Notify's own address unless a test points elsewhere
 * @param emailTemplateId from {@code SIGNPOST_NOTIFY_EMAIL_TEMPLATE_ID}: a template with a {@code ((link))} field
 * @param smsTemplateId from {@code SIGNPOST_NOTIFY_SMS_TEMPLATE_ID}: a template with a {@code ((link))} field
 * @param publicUrl from {@code SIGNPOST_PUBLIC_URL}: where people reach Signpost, to build the link
 * @param linkValidFor how long a link works (it works once)
 */
@ConfigurationProperties("signpost.notify")
public record NotifyProperties(@Nullable String apiKey, String baseUrl, @Nullable String emailTemplateId,
        @Nullable String smsTemplateId, String publicUrl, Duration linkValidFor) {

    public NotifyProperties {
        apiKey = blankToNull(apiKey);
        emailTemplateId = blankToNull(emailTemplateId);
        smsTemplateId = blankToNull(smsTemplateId);
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.notifications.service.gov.uk" : baseUrl;
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? "http://localhost:8080"
                : publicUrl.replaceAll("/+$", "");
        linkValidFor = linkValidFor == null ? Duration.ofDays(1) : linkValidFor;
    }

    /** Whether links can be sent at all. */
    public boolean enabled() {
        return apiKey != null && (emailTemplateId != null || smsTemplateId != null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
