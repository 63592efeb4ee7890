package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person may want, as a domain pack describes it for offline mode.
 *
 * @param intent a stable name such as {@code redundancy}
 * @param examples sentences a person might write; compared by meaning with the MiniLM model
 * @param keywords lower-case fragments that settle the intent on their own when the message contains them
 * @param serviceKeys catalogue keys to signpost, most relevant first
 * @param reply the plain-English reply for this intent
 * @param flow the guided flow this intent starts, if any
 * @param flowTakesTopic whether that flow's first question is what the request is about ("I want to become a
 *     plumber"), so offline mode passes the request's topic when it starts the flow
 * @param welshReply the reply in Welsh; when missing, Welsh readers get the English reply
 */
public record IntentDefinition(
        String intent, List<String> examples, List<String> keywords, List<String> serviceKeys, String reply,
        @Nullable String flow, boolean flowTakesTopic, @Nullable String welshReply) {

    /** An intent with an English reply only. */
    public IntentDefinition(String intent, List<String> examples, List<String> keywords, List<String> serviceKeys,
            String reply, @Nullable String flow, boolean flowTakesTopic) {
        this(intent, examples, keywords, serviceKeys, reply, flow, flowTakesTopic, null);
    }

    /** The reply in {@code language}. */
    public String reply(Language language) {
        return language == Language.WELSH && welshReply != null ? welshReply : reply;
    }

    public IntentDefinition {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(reply, "reply");
        examples = List.copyOf(examples);
        keywords = List.copyOf(keywords);
        serviceKeys = List.copyOf(serviceKeys);
    }
}
