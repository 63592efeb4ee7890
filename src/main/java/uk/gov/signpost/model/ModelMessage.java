package uk.gov.signpost.model;

import java.util.Objects;

/** One line of the conversation sent to a model. */
public record ModelMessage(Speaker speaker, String text) {

    public ModelMessage {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }
}
