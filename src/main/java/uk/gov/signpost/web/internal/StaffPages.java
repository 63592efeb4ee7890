package uk.gov.signpost.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffMember;

/** The staff landing page: what the signed-in member of staff's roles let them open. */
@Controller
class StaffPages {

    private final CurrentStaff staff;
    private final MessageSource messages;

    StaffPages(CurrentStaff staff, MessageSource messages) {
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/staff")
    String home(Model model, Locale locale) {
        StaffMember member = staff.current().orElseThrow(NotSignedInException::new);
        List<Map<String, String>> links = StaffAccess.openTo(member.roles()).stream()
                .map(access -> Map.of("key", access.key, "href", access.href))
                .toList();
        model.addAttribute("staff", member);
        model.addAttribute("roles", member.roles().stream().sorted()
                .map(role -> messages.getMessage("staff.role." + role.name(), null, role.name(), locale))
                .collect(Collectors.joining(", ")));
        model.addAttribute("links", links);
        return "staff/home";
    }

    @GetMapping("/staff/signed-out")
    String signedOut() {
        return "staff/signed-out";
    }
}
