package uk.gov.signpost.web.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.OidcClients;

/** Tells the start page whether citizens can sign in, and whether this person has. */
@ControllerAdvice(assignableTypes = ConversationPages.class)
class SignInModel {

    private final OidcClients clients;
    private final CitizenAccounts accounts;

    SignInModel(OidcClients clients, CitizenAccounts accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    @ModelAttribute("signInOn")
    boolean signInOn() {
        return clients.citizenSignInOn();
    }

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return accounts.current().isPresent();
    }
}
