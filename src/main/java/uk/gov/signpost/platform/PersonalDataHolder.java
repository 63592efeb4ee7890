package uk.gov.signpost.platform;

import java.util.UUID;

/**
 * A part of Signpost that holds personal data about a person, and can hand it over or erase it. Data rights (access,
 * portability and erasure) go through every holder, so a module that starts keeping personal data implements this
 * and nothing else has to change. The person is the owner id that conversations, memory and handoffs are kept
 * under.
 */
public interface PersonalDataHolder {

    /** A short stable name for this holder's part of an export, such as {@code conversations} or {@code memory}. */
    String area();

    /** Everything this holder keeps about the person, as plain values, lists and maps ready to write as JSON. */
    Object export(UUID person);

    /** Deletes everything this holder keeps about the person, and returns how many records went. */
    int erase(UUID person);
}
