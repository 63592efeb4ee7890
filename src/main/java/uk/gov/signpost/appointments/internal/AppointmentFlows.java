package uk.gov.signpost.appointments.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.FlowDefinition;
import uk.gov.signpost.agent.FlowSource;
import uk.gov.signpost.model.Language;

/**
 * The "book a call-back or appointment" flow, so that offline mode can book too: it asks what kind and where to
 * send the confirmation, then hands over to {@code book_appointment}, which offers the earliest free time of that
 * kind and books it only after the person says yes.
 */
@Component
class AppointmentFlows implements FlowSource {

    private final MessageSource messages;

    AppointmentFlows(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<FlowDefinition> flows() {
        return flows(Language.ENGLISH);
    }

    @Override
    public List<FlowDefinition> flows(Language language) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String kind : List.of("phone", "video", "in_person")) {
            kinds.put(kind, text("appointments.flow.kind." + kind, language));
        }
        return List.of(new FlowDefinition("book_appointment",
                "Book a phone or video call-back, or an appointment in person, with an adviser.",
                text("appointments.flow.intro", language),
                List.of(new FlowDefinition.Slot("appointment_kind", text("appointments.flow.askKind", language),
                                "choice", kinds, null, null),
                        new FlowDefinition.Slot("confirmation_contact", text("appointments.flow.askContact", language),
                                "text", null, null, null)),
                new FlowDefinition.Completion(BookAppointmentTool.NAME,
                        Map.of("kind", "$slot:appointment_kind", "contact", "$slot:confirmation_contact"))));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
