package uk.gov.signpost.web.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.signpost.privacy.ContinueLinks;

/** Tells pages whether to offer "Get a link to continue later": only when GOV.UK Notify is set up. */
@ControllerAdvice(annotations = Controller.class)
class ContinueLaterOption {

    /** Optional, so that web test slices without the privacy module still start. */
    private final ObjectProvider<ContinueLinks> links;

    ContinueLaterOption(ObjectProvider<ContinueLinks> links) {
        this.links = links;
    }

    @ModelAttribute("continueLater")
    boolean continueLater() {
        ContinueLinks available = links.getIfAvailable();
        return available != null
                && (available.available(ContinueLinks.Channel.EMAIL) || available.available(ContinueLinks.Channel.SMS));
    }
}
