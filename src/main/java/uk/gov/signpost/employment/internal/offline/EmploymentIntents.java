package uk.gov.signpost.employment.internal.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.IntentDefinition;
import uk.gov.signpost.model.IntentSource;

/**
 * The employment pack's intents for offline mode, from {@code offline/intents.json}: example sentences, keyword
 * rules in order of precedence, the services to signpost and a plain-English reply for each.
 */
@Component
public class EmploymentIntents implements IntentSource {

    private final List<IntentRecord> records;

    public EmploymentIntents() {
        try (InputStream in = new ClassPathResource("offline/intents.json").getInputStream()) {
            this.records = JsonMapper.builder().build().readValue(in, IntentsFile.class).intents();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read offline/intents.json", e);
        }
    }

    @Override
    public List<IntentDefinition> intents() {
        return records.stream()
                .map(r -> new IntentDefinition(r.intent(), r.examples(), r.keywords(), r.signposts(), r.reply(), r.flow(),
                        r.flowTakesTopic(), r.replyCy()))
                .toList();
    }

    /** Why a card is shown, by intent: "You asked about your pay." */
    public Map<String, String> reasons() {
        return records.stream().collect(Collectors.toMap(IntentRecord::intent, IntentRecord::why));
    }

    /** Why a card is shown, by intent, in Welsh. */
    public Map<String, String> welshReasons() {
        return records.stream().collect(Collectors.toMap(IntentRecord::intent, IntentRecord::whyCy));
    }

    public Map<String, IntentRecord> byName() {
        return records.stream().collect(Collectors.toMap(IntentRecord::intent, Function.identity()));
    }

    record IntentsFile(List<IntentRecord> intents) {}

    /** One intent as the data file holds it, with its reply and reason in English and in Welsh. */
    public record IntentRecord(
            String intent, List<String> examples, List<String> keywords, List<String> signposts, String reply,
            String why,
            @Nullable String flow,
            @com.fasterxml.jackson.annotation.JsonProperty("flow_takes_topic") boolean flowTakesTopic,
            @com.fasterxml.jackson.annotation.JsonProperty("reply_cy") String replyCy,
            @com.fasterxml.jackson.annotation.JsonProperty("why_cy") String whyCy) {

        public IntentRecord {
            if (replyCy == null || whyCy == null) {
                throw new IllegalStateException("offline/intents.json: intent " + intent + " needs reply_cy and why_cy");
            }
        }
    }
}
