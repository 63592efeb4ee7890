package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffAuthorities;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.memory.ResumeCodes;
import uk.gov.signpost.privacy.StaffAudit;

/**
 * What happens when someone signs in or out. A citizen's sign-in adopts the anonymous conversations of this
 * browser (and their memory) into their account, then forgets the anonymous cookie; a member of staff's sign-in
 * and sign-out are audited.
 */
@Component
class SignInEvents implements AuthenticationSuccessHandler, LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final CitizenAccounts accounts;
    private final Conversations conversations;
    private final ResumeCodes resumeCodes;
    private final Caller caller;
    private final CurrentStaff staff;
    private final StaffAudit audit;
    private final SavedRequestAwareAuthenticationSuccessHandler citizenTarget = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SavedRequestAwareAuthenticationSuccessHandler staffTarget = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInEvents(CitizenAccounts accounts, Conversations conversations, ResumeCodes resumeCodes, Caller caller,
            CurrentStaff staff, StaffAudit audit) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.resumeCodes = resumeCodes;
        this.caller = caller;
        this.staff = staff;
        this.audit = audit;
        citizenTarget.setDefaultTargetUrl("/");
        staffTarget.setDefaultTargetUrl("/staff");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        String registration = registration(authentication);
        if (StaffAuthorities.REGISTRATION.equals(registration)) {
            Optional<StaffMember> member = staff.current();
            member.ifPresent(m -> audit.record(m, "staff_signed_in", null, Map.of("roles", roles(m))));
            log.info("event=staff_signed_in roles={}", member.map(SignInEvents::roles).orElse("none"));
            staffTarget.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        if (CitizenAccounts.REGISTRATION.equals(registration)
                && authentication.getPrincipal() instanceof OidcUser user) {
            OwnerId account = accounts.signedIn(CitizenAccounts.issuer(user), user.getSubject());
            adoptAnonymousConversations(request, response, account);
        }
        citizenTarget.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication != null && StaffAuthorities.REGISTRATION.equals(registration(authentication))) {
            staff.current().ifPresent(m -> audit.record(m, "staff_signed_out", null, Map.of()));
            log.info("event=staff_signed_out");
        }
    }

    private void adoptAnonymousConversations(HttpServletRequest request, HttpServletResponse response, OwnerId account) {
        Optional<OwnerId> anonymous = caller.anonymousOwner(request);
        if (anonymous.isEmpty() || anonymous.get().equals(account)) {
            return;
        }
        int adopted = 0;
        for (Conversation conversation : conversations.ownedBy(anonymous.get())) {
            resumeCodes.adopt(conversation.id(), anonymous.get(), account);
            adopted++;
        }
        caller.endSession(response);
        log.info("event=citizen_signed_in adopted={}", adopted);
    }

    private static @Nullable String registration(Authentication authentication) {
        return authentication instanceof OAuth2AuthenticationToken token ? token.getAuthorizedClientRegistrationId() : null;
    }

    private static String roles(StaffMember member) {
        return member.roles().stream().map(StaffRole::name).sorted().map(String::toLowerCase)
                .collect(Collectors.joining("+"));
    }
}
