package uk.gov.signpost.privacy.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.service.notify.NotificationClient;
import uk.gov.signpost.privacy.NotifyProperties;

/** The GOV.UK Notify link sender, only when an API key is configured; without one, Signpost sends nothing. */
@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    @Bean
    @ConditionalOnExpression("'${signpost.notify.api-key:}' != ''")
    LinkSender notifyLinkSender(NotifyProperties properties) {
        return new NotifyLinkSender(new NotificationClient(properties.apiKey(), properties.baseUrl()), properties);
    }
}
