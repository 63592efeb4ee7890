package uk.gov.signpost.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.signpost.privacy.ContinueLinks;

/** Tells pages whether to offer "Get a link to continue later": only when GOV.UK Notify is set up. */
@ControllerAdvice(annotations = Controller.class)
class ContinueLaterOption {

    private final ContinueLinks links;

    ContinueLaterOption(ContinueLinks links) {
        this.links = links;
    }

    @ModelAttribute("continueLater")
    boolean continueLater() {
        return links.available(ContinueLinks.Channel.EMAIL) || links.available(ContinueLinks.Channel.SMS);
    }
}
