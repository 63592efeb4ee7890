package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;

/**
 * A model's reply.
 *
 * @param text what to show the person
 * @param serviceKeys catalogue keys of services to signpost, most relevant first
 * @param intent what the model understood the person to want, as a domain pack's intent name
 * @param model the name of the model that answered
 */
public record ModelReply(String text, List<String> serviceKeys, String intent, String model) {

    public ModelReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(model, "model");
        serviceKeys = List.copyOf(serviceKeys);
    }
}
