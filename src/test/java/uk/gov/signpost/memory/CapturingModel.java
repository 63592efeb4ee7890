package uk.gov.signpost.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.model.TokenSink;

/** Decides as offline mode does, and keeps every request it was sent, so tests can read the prompts. */
final class CapturingModel implements LanguageModel {

    private final ObjectProvider<Models> models;
    private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();

    CapturingModel(ObjectProvider<Models> models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "capturing";
    }

    @Override
    public String provider() {
        return "capturing";
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        requests.add(request);
        ModelResponse decided = models.getObject().offline().call(request, sink);
        return new ModelResponse(decided.text(), decided.toolCalls(), decided.usage(), name());
    }

    ModelRequest last() {
        return requests.get(requests.size() - 1);
    }

    int count() {
        return requests.size();
    }
}
