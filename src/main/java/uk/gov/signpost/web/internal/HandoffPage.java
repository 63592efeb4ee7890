package uk.gov.signpost.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How to reach a person. The "Talk to an adviser" signpost points here. It says honestly that advisers are not
 * yet working inside this pilot, and how to reach one now.
 */
@Controller
class HandoffPage {

    @GetMapping("/handoff")
    String handoff() {
        return "handoff";
    }
}
