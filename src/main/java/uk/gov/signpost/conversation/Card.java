package uk.gov.signpost.conversation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A card shown under a reply, pointing the person to a service (a "signpost").
 *
 * @param key a stable identifier from the domain pack's catalogue, such as {@code jobcentre_plus}
 * @param name the service's name as the person's nation knows it
 * @param url where to go; an absolute https link or a path inside Signpost
 * @param purpose one sentence on what the service does
 * @param contact how to reach it, if it can be phoned or visited
 * @param why why it was suggested to this person
 */
public record Card(String key, String name, String url, String purpose, @Nullable String contact, String why) {

    public Card {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(why, "why");
    }
}
