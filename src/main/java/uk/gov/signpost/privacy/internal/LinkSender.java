package uk.gov.signpost.privacy.internal;

import java.util.UUID;
import uk.gov.signpost.privacy.ContinueLinks;

/** Sends a "continue later" link. The GOV.UK Notify adapter is the one implementation. */
public interface LinkSender {

    boolean supports(ContinueLinks.Channel channel);

    /**
     * Sends the link to the address.
     *
     * @param reference an id to send with it, so Notify's records can be matched to ours without personal data
     * @throws uk.gov.signpost.privacy.LinkNotSentException if it could not be sent
     */
    void send(ContinueLinks.Channel channel, String address, String link, UUID reference);
}
