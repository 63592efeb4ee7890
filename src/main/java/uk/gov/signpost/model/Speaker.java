package uk.gov.signpost.model;

/** Who said a line of the conversation, as the model sees it. */
public enum Speaker {
    PERSON,
    ASSISTANT
}
