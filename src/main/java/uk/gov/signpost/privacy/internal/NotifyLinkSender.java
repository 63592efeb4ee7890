package uk.gov.signpost.privacy.internal;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.signpost.privacy.ContinueLinks;
import uk.gov.signpost.privacy.LinkNotSentException;
import uk.gov.signpost.privacy.NotifyProperties;

/**
 * Sends links through GOV.UK Notify with its Java client. The templates have one field, {@code ((link))}. Failures
 * are logged with Notify's status code only: its error text can repeat the address.
 */
final class NotifyLinkSender implements LinkSender {

    private static final Logger log = LoggerFactory.getLogger(NotifyLinkSender.class);

    private final NotificationClient client;
    private final NotifyProperties properties;

    NotifyLinkSender(NotificationClient client, NotifyProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public boolean supports(ContinueLinks.Channel channel) {
        return (channel == ContinueLinks.Channel.EMAIL ? properties.emailTemplateId() : properties.smsTemplateId())
                != null;
    }

    @Override
    public void send(ContinueLinks.Channel channel, String address, String link, UUID reference) {
        Map<String, Object> personalisation = Map.of("link", link);
        try {
            UUID notification = channel == ContinueLinks.Channel.EMAIL
                    ? client.sendEmail(properties.emailTemplateId(), address, personalisation, reference.toString())
                            .getNotificationId()
                    : client.sendSms(properties.smsTemplateId(), address, personalisation, reference.toString())
                            .getNotificationId();
            log.info("event=notify_sent channel={} notification={} reference={}", channel, notification, reference);
        } catch (NotificationClientException e) {
            log.warn("event=notify_failed channel={} status={} reference={}", channel, e.getHttpResult(), reference);
            throw new LinkNotSentException();
        } catch (RuntimeException e) {
            log.warn("event=notify_failed channel={} error={} reference={}", channel, e.getClass().getSimpleName(),
                    reference);
            throw new LinkNotSentException();
        }
    }
}
