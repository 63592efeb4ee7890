package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.privacy.AuditRecord;
import uk.gov.signpost.privacy.PersonalData;

/**
 * "Your data": a readable page of everything Signpost holds about the person, the same as the JSON download, and
 * the "delete my data" journey with its confirmation step. Plain links and form posts, so no JavaScript is needed.
 */
@Controller
class YourDataPages {

    private final Caller caller;
    private final PersonalData personalData;
    private final MessageSource messages;

    YourDataPages(Caller caller, PersonalData personalData, MessageSource messages) {
        this.caller = caller;
        this.personalData = personalData;
        this.messages = messages;
    }

    @GetMapping("/your-data")
    String show(HttpServletRequest request, Model model) {
        Optional<OwnerId> owner = caller.owner(request);
        if (owner.isEmpty()) {
            return "rights/none";
        }
        PersonalData.Export export = personalData.export(owner.get().value());
        model.addAttribute("conversations", export.areas().getOrDefault("conversations", List.of()));
        List<Section> sections = new ArrayList<>();
        export.areas().forEach((area, data) -> {
            if (!"conversations".equals(area)) {
                List<Row> rows = new ArrayList<>();
                flatten("", data, rows);
                sections.add(new Section(label("rights.area." + area, area), rows));
            }
        });
        model.addAttribute("sections", sections);
        model.addAttribute("audit", export.audit().stream().map(this::auditRow).toList());
        return "rights/your-data";
    }

    @GetMapping("/your-data/delete")
    String confirmDelete(HttpServletRequest request) {
        return caller.owner(request).isPresent() ? "rights/delete" : "rights/none";
    }

    @PostMapping("/your-data/delete")
    String delete(HttpServletRequest request, HttpServletResponse response) {
        Optional<OwnerId> owner = caller.owner(request);
        if (owner.isPresent()) {
            personalData.erase(owner.get().value());
            caller.endSession(response);
        }
        return "redirect:/your-data/deleted";
    }

    @GetMapping("/your-data/deleted")
    String deleted() {
        return "rights/deleted";
    }

    private Row auditRow(AuditRecord entry) {
        String when = java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy, h:mma", LocaleContextHolder.getLocale())
                .withZone(java.time.ZoneId.of("Europe/London"))
                .format(entry.at());
        return new Row(when, label("rights.audit." + entry.type(), entry.type()));
    }

    /** Turns nested maps and lists into labelled rows, such as "Facts: postcode" and its value. */
    private void flatten(String path, Object value, List<Row> rows) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(join(path, label("rights.field." + key, String.valueOf(key))), inner,
                    rows));
        } else if (value instanceof Collection<?> list) {
            int i = 1;
            for (Object inner : list) {
                flatten(join(path, Integer.toString(i++)), inner, rows);
            }
        } else {
            rows.add(new Row(path, String.valueOf(value)));
        }
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + ": " + part;
    }

    /** The label for a field, or the field's own name with spaces when no label has been written for it yet. */
    private String label(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback.replace('_', ' '), locale);
    }

    record Section(String title, List<Row> rows) {}

    record Row(String label, String value) {}
}
