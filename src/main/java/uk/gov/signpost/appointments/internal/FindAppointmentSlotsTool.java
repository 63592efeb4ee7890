package uk.gov.signpost.appointments.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.Appointments;
import uk.gov.signpost.model.ToolDefinition;

/** Lists free times of one kind, soonest first, for the model to offer. Reads only. */
@Component
class FindAppointmentSlotsTool implements AgentTool {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Appointments appointments;
    private final AppointmentTimes times;

    FindAppointmentSlotsTool(Appointments appointments, AppointmentTimes times) {
        this.appointments = appointments;
        this.times = times;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("find_appointment_slots",
                "List up to 5 free times with an adviser: phone call-back, video call-back or in person.",
                "{\"type\":\"object\",\"properties\":{\"kind\":{\"type\":\"string\","
                        + "\"enum\":[\"phone\",\"video\",\"in_person\"]}},\"required\":[\"kind\"]}");
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        AppointmentKind kind = AppointmentKind.fromCode(arguments.path("kind").asString(""))
                .orElseThrow(() -> new ToolInputException("kind: use phone, video or in_person"));
        List<Map<String, Object>> slots = appointments.freeSlots(kind, 5).stream().map(slot -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("slot_id", slot.id().toString());
            item.put("kind", slot.kind().code());
            item.put("when", times.describe(slot.startsAt(), context.language()));
            item.put("minutes", slot.minutes());
            if (slot.place() != null) {
                item.put("place", slot.place());
            }
            return item;
        }).toList();
        return ToolOutput.of(JSON.writeValueAsString(Map.of("kind", kind.code(), "free", slots)));
    }
}
