package uk.gov.signpost.model;

import java.util.List;

/** The conversation so far, oldest first; the last message is the person's. */
public record ModelRequest(List<ModelMessage> messages) {

    public ModelRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty() || messages.get(messages.size() - 1).speaker() != Speaker.PERSON) {
            throw new IllegalArgumentException("A model request must end with the person's message");
        }
    }

    public String lastPersonText() {
        return messages.get(messages.size() - 1).text();
    }
}
