package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.memory.ResumeCode;
import uk.gov.signpost.memory.ResumeCodeInvalidException;
import uk.gov.signpost.memory.ResumeCodes;

/** Resume codes over the API: get one for a conversation, and redeem one from another device. */
@RestController
@Tag(name = "Resume")
class ResumeApiController {

    private final Caller caller;
    private final ResumeCodes codes;

    ResumeApiController(Caller caller, ResumeCodes codes) {
        this.caller = caller;
        this.codes = codes;
    }

    @PostMapping("/api/v1/conversations/{id}/resume-code")
    @Operation(summary = "Get a resume code for a conversation",
            description = "A short code to write down and enter on another device. It works once and expires;"
                    + " a new code replaces the old one.")
    ResponseEntity<Issued> issue(@PathVariable String id, HttpServletRequest request) {
        ConversationId conversation = ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
        ResumeCode code = codes.issue(conversation, caller.requireOwner(request));
        return ResponseEntity.status(201).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new Issued(code.code(), code.expiresAt()));
    }

    @PostMapping("/api/v1/resume")
    @Operation(summary = "Carry on a conversation with its resume code",
            description = "Gives the conversation, and what Signpost remembers about its owner, to the caller's"
                    + " session (a new one when the request has no credentials; its token is returned). Answers"
                    + " 422 resume_code_invalid for a wrong, used or expired code, and 429 after too many tries.")
    ApiModels.Created redeem(@RequestBody Redeem body, HttpServletRequest request, HttpServletResponse response) {
        if (body.code() == null || body.code().isBlank()) {
            throw new ResumeCodeInvalidException();
        }
        Caller.Session session = caller.ensureSession(request, response);
        ConversationId conversation = codes.redeem(body.code(), session.owner(), request.getRemoteAddr());
        return new ApiModels.Created(conversation.value(), session.token());
    }

    record Issued(String code, @JsonProperty("expires_at") Instant expiresAt) {}

    record Redeem(@Nullable String code) {}
}
