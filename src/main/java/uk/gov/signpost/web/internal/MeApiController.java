package uk.gov.signpost.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.privacy.PersonalData;

/** The person's data rights over the API: download everything, or delete everything. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Your data")
class MeApiController {

    private final Caller caller;
    private final PersonalData personalData;

    MeApiController(Caller caller, PersonalData personalData) {
        this.caller = caller;
        this.personalData = personalData;
    }

    @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Download everything Signpost holds about you",
            description = "Conversations, what you told the assistant, remembered facts, consents, actions and the"
                    + " audit entries about you, as JSON. The download is recorded in the audit log.")
    ResponseEntity<PersonalData.Export> export(HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signpost-your-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(personalData.export(owner.value()));
    }

    @DeleteMapping
    @Operation(summary = "Delete everything Signpost holds about you",
            description = "Deletes your conversations and everything kept with them, destroys the key your data was"
                    + " encrypted with (so copies in backups can no longer be read) and ends your session.")
    PersonalData.Erasure erase(HttpServletRequest request, HttpServletResponse response) {
        OwnerId owner = caller.requireOwner(request);
        PersonalData.Erasure erasure = personalData.erase(owner.value());
        caller.endSession(response);
        return erasure;
    }
}
