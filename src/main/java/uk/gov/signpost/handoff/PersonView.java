package uk.gov.signpost.handoff;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the person sees about their latest handoff: where it stands, their place in the queue, who has it, and,
 * when nobody can reply soon, why and whom to call instead.
 *
 * @param position their place in the queue (1 is next), while waiting
 * @param adviserName the adviser's name, once one has taken the conversation
 * @param openingHours when advisers work, in the language asked for
 * @param otherServices whom to call now, most relevant first
 */
public record PersonView(UUID handoffId, HandoffStatus status, Urgency urgency, @Nullable Integer position,
        @Nullable String adviserName, Availability availability, String openingHours, boolean transcriptShared,
        List<OtherService> otherServices) {

    public PersonView {
        otherServices = List.copyOf(otherServices);
    }
}
