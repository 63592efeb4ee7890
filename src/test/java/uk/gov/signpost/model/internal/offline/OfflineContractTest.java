package uk.gov.signpost.model.internal.offline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.signpost.model.IntentDefinition;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.LanguageModelContract;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.model.internal.offline.extraction.EntityExtractor;

/**
 * Offline mode held to the same contract. It has no provider, so it answers the person's words: these keyword
 * intents lead it to the contract's answers (a signpost with text for a plain reply, a flow command for a tool
 * call, start_flow plus set_slots for two). No embeddings are needed: every intent here is settled by a keyword.
 */
class OfflineContractTest extends LanguageModelContract {

    private static final List<IntentDefinition> INTENTS = List.of(
            new IntentDefinition("find_work", List.of(), List.of("job"), List.of("jobcentre_plus"), PLAIN_REPLY, null, false),
            new IntentDefinition("training", List.of(), List.of("training"), List.of("skills_bootcamps"),
                    STREAMED_REPLY, null, false),
            new IntentDefinition("check_support", List.of(), List.of("support"), List.of("jobcentre_plus"),
                    "Let us check what support you can get.", FLOW, false),
            new IntentDefinition("other", List.of(), List.of(), List.of("jobcentre_plus"),
                    "I can point you to services that help.", null, false));

    private final OfflineLanguageModel model = new OfflineLanguageModel(
            new IntentClassifier(INTENTS, text -> new float[] {1f}, 0.35),
            new EntityExtractor(text -> text.toLowerCase(Locale.ROOT).contains("wales") ? Optional.of(NATION)
                    : Optional.empty()),
            Duration.ZERO, Duration.ZERO);

    @Override
    protected LanguageModel model() {
        return model;
    }

    @Override
    protected void given(Scenario scenario) {
        // No provider to arrange: the person's words in the scenario decide.
    }

    @Override
    protected void givenProviderFails(int status) {
        throw new UnsupportedOperationException("offline mode has no provider");
    }

    @Override
    protected void assertProviderReceived(List<ToolResult> results) {
        // No provider: offline mode worded its answer from these results, which the contract checks.
    }

    @Override
    protected boolean remote() {
        return false;
    }
}
