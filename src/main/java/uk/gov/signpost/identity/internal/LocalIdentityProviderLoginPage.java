package uk.gov.signpost.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.signpost.identity.StaffRole;

/** The local identity provider's login form, listing its test users. Only with the local provider on. */
@Controller
@ConditionalOnBooleanProperty("signpost.sign-in.local-provider")
class LocalIdentityProviderLoginPage {

    @GetMapping("/idp/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("citizens", LocalIdentityProvider.CITIZENS.keySet().stream().sorted().toList());
        model.addAttribute("staff", java.util.Arrays.stream(StaffRole.values())
                .map(LocalIdentityProvider::staffUsername).toList());
        model.addAttribute("password", LocalIdentityProvider.TEST_PASSWORD);
        return "idp/login";
    }
}
