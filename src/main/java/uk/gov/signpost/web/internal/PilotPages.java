package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.gov.signpost.agent.SignpostResolver;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.pilot.InvalidInvitationException;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;
import uk.gov.signpost.pilot.PilotProperties;
import uk.gov.signpost.platform.SignpostException;

/**
 * The pages around the pilot: where people go when the assistant is not open to them (the existing services,
 * from the domain pack's catalogue), and the form to enter an invitation code.
 */
@Controller
class PilotPages {

    private final Caller caller;
    private final uk.gov.signpost.pilot.Cohorts cohorts;
    private final KillSwitch killSwitch;
    private final SignpostResolver signposts;
    private final PilotProperties properties;

    PilotPages(Caller caller, uk.gov.signpost.pilot.Cohorts cohorts, KillSwitch killSwitch,
            SignpostResolver signposts, PilotProperties properties) {
        this.caller = caller;
        this.cohorts = cohorts;
        this.killSwitch = killSwitch;
        this.signposts = signposts;
        this.properties = properties;
    }

    @GetMapping("/pilot/join")
    ModelAndView joinForm() {
        return joinPage(null, HttpStatusCode.valueOf(200));
    }

    @PostMapping("/pilot/join")
    ModelAndView join(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) {
        if (killSwitch.isOff(KillSwitchScope.SERVICE)) {
            throw new uk.gov.signpost.pilot.ServiceOffException();
        }
        try {
            if (code.isBlank()) {
                throw new InvalidInvitationException();
            }
            cohorts.join(caller.ensureSession(request, response).owner(), code);
        } catch (InvalidInvitationException e) {
            return joinPage("pilot.join.error", HttpStatusCode.valueOf(e.status().value()));
        }
        return new ModelAndView("redirect:/");
    }

    /** The page shown instead of the assistant, for {@code service_off} and {@code not_in_pilot}. */
    ModelAndView unavailable(SignpostException e) {
        ModelAndView page = new ModelAndView("pilot/unavailable", e.status());
        page.addObject("code", e.code());
        page.addObject("services", existingServices());
        return page;
    }

    private List<Card> existingServices() {
        return signposts.resolve(properties.existingServices(), List.of(), Map.of(), "unavailable");
    }

    private ModelAndView joinPage(@org.jspecify.annotations.Nullable String error, HttpStatusCode status) {
        ModelAndView page = new ModelAndView("pilot/join", status);
        page.addObject("error", error);
        return page;
    }
}
