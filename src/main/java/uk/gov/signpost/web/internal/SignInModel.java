package uk.gov.signpost.web.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.OidcClients;

/** Tells the start page whether citizens can sign in, and whether this person has. */
@ControllerAdvice(assignableTypes = ConversationPages.class)
class SignInModel {

    private final ObjectProvider<OidcClients> clients;
    private final ObjectProvider<CitizenAccounts> accounts;

    /** Both are optional, so that web slices without the identity module (controller tests) still start. */
    SignInModel(ObjectProvider<OidcClients> clients, ObjectProvider<CitizenAccounts> accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    @ModelAttribute("signInOn")
    boolean signInOn() {
        OidcClients known = clients.getIfAvailable();
        return known != null && known.citizenSignInOn();
    }

    @ModelAttribute("signedIn")
    boolean signedIn() {
        CitizenAccounts known = accounts.getIfAvailable();
        return known != null && known.current().isPresent();
    }
}
