package uk.gov.signpost.conversation;

import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Text a person sends, checked before it is stored. It must have some words in it, be at most 4,000 characters,
 * and hold no control characters (new lines and tabs are fine) or characters that did not decode.
 */
public record MessageText(String value) {

    public static final int MAX_LENGTH = 4000;

    public MessageText {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("message_empty", "text", "Enter a message");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidFieldException(
                    "message_too_long", "text", "Your message must be 4,000 characters or fewer");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean undecodable = c == '\uFFFD'
                    || (Character.isHighSurrogate(c) && (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1))));
            if (control || undecodable) {
                throw new InvalidFieldException(
                        "message_invalid_characters",
                        "text",
                        "Your message has characters we cannot read. Remove them and try again");
            }
        }
        value = value.strip();
    }
}
