package uk.gov.signpost.handoff.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.handoff.OtherService;

/** Whom to call when no adviser is available: {@code handoff/contacts.json}, checked against GOV.UK. */
@Component
class OtherServices {

    private final List<JsonNode> services = new ArrayList<>();

    OtherServices() {
        try (InputStream in = OtherServices.class.getResourceAsStream("/handoff/contacts.json")) {
            if (in == null) {
                throw new IllegalStateException("handoff/contacts.json is missing");
            }
            JsonMapper.builder().build().readTree(in).path("services").forEach(services::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every service, in the file's order (Great Britain first), worded for {@code locale}. */
    List<OtherService> all(Locale locale) {
        String language = "cy".equals(locale.getLanguage()) ? "cy" : "en";
        return services.stream().map(s -> new OtherService(s.path("key").asString(),
                s.path("name").path(language).asString(), text(s, "phone"), text(s, "welsh_phone"),
                text(s, "textphone"), s.path("hours").path(language).asString(), s.path("url").asString(),
                s.path("source").asString(), s.path("checked").asString())).toList();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
