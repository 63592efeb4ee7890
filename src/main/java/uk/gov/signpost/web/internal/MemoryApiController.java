package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.Channel;
import uk.gov.signpost.memory.ExistingFacts;
import uk.gov.signpost.memory.Memory;
import uk.gov.signpost.memory.MemoryChange;
import uk.gov.signpost.memory.MemoryFactNotFoundException;
import uk.gov.signpost.memory.MemoryOverview;
import uk.gov.signpost.memory.RememberedFact;
import uk.gov.signpost.platform.InvalidFieldException;

/** The person's memory over the API. Only the session's own facts are ever visible or changeable. */
@RestController
@Tag(name = "Memory")
class MemoryApiController {

    private final Caller caller;
    private final Memory memory;

    MemoryApiController(Caller caller, Memory memory) {
        this.caller = caller;
        this.memory = memory;
    }

    @GetMapping("/api/v1/me/memory")
    @Operation(summary = "What Signpost remembers about you",
            description = "Whether memory is on, every fact with its source and when it was saved, and the edit"
                    + " history (which never holds values).")
    MemoryResponse overview(HttpServletRequest request) {
        return MemoryResponse.of(memory.overview(caller.requireOwner(request)));
    }

    @PatchMapping("/api/v1/me/memory/{id}")
    @Operation(summary = "Correct one fact",
            description = "The value is read as the fact's type: a number of hours, yes or no, a postcode area."
                    + " Answers 422 memory_value_invalid when it does not fit.")
    FactResponse correct(@PathVariable String id, @RequestBody Correction body, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        if (body.value() == null || body.value().isBlank()) {
            throw new InvalidFieldException("memory_value_missing", "value", "Enter the corrected value.");
        }
        return FactResponse.of(memory.correct(owner, parse(id), body.value(), Channel.API));
    }

    @DeleteMapping("/api/v1/me/memory/{id}")
    @Operation(summary = "Delete one fact")
    ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        memory.delete(caller.requireOwner(request), parse(id), Channel.API);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/me/memory")
    @Operation(summary = "Delete every fact")
    ResponseEntity<Void> deleteAll(HttpServletRequest request) {
        memory.deleteAll(caller.requireOwner(request), Channel.API);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/me/memory/settings")
    @Operation(summary = "Turn memory on or off",
            description = "With enabled false, nothing new is kept. existing says what happens to the facts"
                    + " already kept: keep (unused until memory is on again; the default) or delete.")
    Settings settings(@RequestBody Settings body, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        if (body.enabled() == null) {
            throw new InvalidFieldException("memory_setting_missing", "enabled", "Say whether memory is on: true"
                    + " or false.");
        }
        ExistingFacts existing = existing(body.existing());
        memory.setEnabled(owner, body.enabled(), existing, Channel.API);
        return new Settings(body.enabled(), body.enabled() ? null : existing.name().toLowerCase(java.util.Locale.ROOT));
    }

    @PostMapping("/api/v1/conversations/private")
    @Operation(summary = "Start a private conversation",
            description = "A conversation that neither reads nor writes memory. Without credentials, this also"
                    + " starts an anonymous session, as POST /api/v1/conversations does.")
    ResponseEntity<ApiModels.Created> startPrivate(HttpServletRequest request, HttpServletResponse response) {
        Caller.Session session = caller.ensureSession(request, response);
        Conversation conversation = memory.startPrivateConversation(session.owner());
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation.id()))
                .body(new ApiModels.Created(conversation.id().value(), session.token()));
    }

    private static ExistingFacts existing(@Nullable String value) {
        if (value == null || value.equals("keep")) {
            return ExistingFacts.KEEP;
        }
        if (value.equals("delete")) {
            return ExistingFacts.DELETE;
        }
        throw new InvalidFieldException("memory_existing_invalid", "existing", "Say keep or delete.");
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MemoryFactNotFoundException();
        }
    }

    record Correction(@Nullable String value) {}

    record Settings(@Nullable Boolean enabled, @Nullable String existing) {}

    record Source(@JsonProperty("conversation_id") @Nullable UUID conversationId,
            @JsonProperty("message_id") @Nullable UUID messageId) {}

    record FactResponse(UUID id, String category, String value, String sensitivity, Source source,
            @JsonProperty("saved_at") Instant savedAt, @JsonProperty("updated_at") Instant updatedAt,
            @JsonProperty("expires_at") @Nullable Instant expiresAt) {

        static FactResponse of(RememberedFact fact) {
            return new FactResponse(fact.id(), fact.category(), fact.value(), fact.sensitivity().code(),
                    new Source(fact.sourceConversation(), fact.sourceMessage()), fact.savedAt(), fact.updatedAt(),
                    fact.expiresAt());
        }
    }

    record Change(@JsonProperty("fact_id") @Nullable UUID factId, @Nullable String category, String action,
            String channel, Instant at) {

        static Change of(MemoryChange change) {
            return new Change(change.factId(), change.category(), change.action(), change.channel().code(),
                    change.at());
        }
    }

    record MemoryResponse(boolean enabled, List<FactResponse> facts, List<Change> history) {

        static MemoryResponse of(MemoryOverview overview) {
            return new MemoryResponse(overview.enabled(), overview.facts().stream().map(FactResponse::of).toList(),
                    overview.history().stream().map(Change::of).toList());
        }
    }
}
