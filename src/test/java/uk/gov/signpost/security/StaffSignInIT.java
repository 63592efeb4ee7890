package uk.gov.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * Staff sign in through the local identity provider (Spring Authorization Server), get their roles from the ID
 * token, see on the landing page exactly what those roles open, and their sign-in and sign-out are audited.
 */
@SignpostIntegrationTest
class StaffSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_caseworker_signs_in_and_sees_the_queue_and_availability_but_not_the_dashboard() {
        StaffSignIn.Client caseworker = StaffSignIn.overHttp(port, StaffRole.CASEWORKER);

        ApiClient.Response home = caseworker.get("/staff");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Staff pages", "caseworker", "href=\"/staff/handoffs\"",
                "href=\"/staff/availability\"").doesNotContain("href=\"/staff/dashboard\"", "href=\"/staff/audit\"");

        assertThat(caseworker.get("/staff/dashboard").status()).isEqualTo(403);
        assertThat(caseworker.get("/api/v1/pilot/kill-switches").status()).isEqualTo(403);
    }

    @Test
    void every_role_lands_on_the_staff_page_in_english_and_welsh() {
        for (StaffRole role : StaffRole.values()) {
            StaffSignIn.Client member = StaffSignIn.overHttp(port, role);
            assertThat(member.get("/staff").body()).contains("Staff pages");
            assertThat(member.get("/staff?lang=cy").body()).contains("Tudalennau staff");
        }
    }

    @Test
    void a_service_owner_may_use_the_pilot_admin_api_and_the_change_names_them() {
        StaffSignIn.Client owner = StaffSignIn.overHttp(port, StaffRole.SERVICE_OWNER);

        assertThat(owner.get("/api/v1/pilot/kill-switches").status()).isEqualTo(200);
        ApiClient.Response changed = owner.put("/api/v1/pilot/kill-switches/remote_model",
                "{\"off\": false, \"reason\": \"staff_sign_in_test\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(jdbc.sql("select actor from audit_entry where actor like 'staff:%' order by seq desc limit 1")
                .query(String.class).optional()).contains("staff:service-owner");
    }

    @Test
    void sign_in_and_sign_out_are_in_the_audit_log() {
        StaffSignIn.Client auditor = StaffSignIn.overHttp(port, StaffRole.AUDITOR);
        ApiClient.Response out = auditor.postForm("/staff/sign-out", "");

        assertThat(out.status()).isEqualTo(302);
        assertThat(out.header("Location")).contains("/idp/connect/logout").contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        List<String> types = jdbc.sql("select type from audit_entry where actor = 'staff:auditor' order by seq")
                .query(String.class).list();
        assertThat(types).containsSubsequence("staff_signed_in", "staff_signed_out");
        assertThat(auditor.get("/staff").status()).isEqualTo(302);
    }

    @Test
    void nobody_signed_in_is_sent_to_staff_sign_in() {
        ApiClient.Response response = new ApiClient(port).get("/staff");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/oauth2/authorization/staff");
    }
}
