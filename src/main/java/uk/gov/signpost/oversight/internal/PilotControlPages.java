package uk.gov.signpost.oversight.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.gov.signpost.identity.StaffAccess;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.pilot.Cohort;
import uk.gov.signpost.pilot.Cohorts;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;
import uk.gov.signpost.privacy.StaffAudit;

/**
 * Pilot controls for service owners and administrators: both kill switches and each cohort's rollout, model and
 * memory switch. Every change needs a reason and goes through the pilot module's own services, which audit it
 * with the member of staff as the actor ({@code staff:SUBJECT}).
 */
@Controller
class PilotControlPages {

    /** The reasons staff choose from; the pilot module keeps reasons as codes, never free text. */
    static final List<String> REASONS = List.of("safety_incident", "provider_outage", "planned_change",
            "evaluation_result", "resolved", "other");

    private final StaffAccess gate;
    private final KillSwitch killSwitch;
    private final Cohorts cohorts;

    PilotControlPages(StaffAccess gate, KillSwitch killSwitch, Cohorts cohorts) {
        this.gate = gate;
        this.killSwitch = killSwitch;
        this.cohorts = cohorts;
    }

    @GetMapping("/staff/pilot")
    ModelAndView page(@RequestParam(required = false) @Nullable String done) {
        gate.require(StaffRole.SERVICE_OWNER, StaffRole.ADMINISTRATOR);
        return view(done != null && done.matches("[a-z_]{1,30}") ? done : null, null, null);
    }

    @PostMapping("/staff/pilot/kill-switches/{scope}")
    ModelAndView setSwitch(@PathVariable String scope, @RequestParam(defaultValue = "") String off,
            @RequestParam(defaultValue = "") String reason) {
        StaffMember member = gate.require(StaffRole.SERVICE_OWNER, StaffRole.ADMINISTRATOR);
        KillSwitchScope parsed;
        try {
            parsed = KillSwitchScope.fromDb(scope);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("unknown_kill_switch", "There is no kill switch called that");
        }
        if (!REASONS.contains(reason)) {
            return view(null, "switch-" + parsed.dbValue(), "oversight.pilot.error.reason");
        }
        killSwitch.set(parsed, off.equals("true"), reason, StaffAudit.actor(member));
        return new ModelAndView("redirect:/staff/pilot?done=" + (off.equals("true") ? "switched_off" : "switched_on"));
    }

    @PostMapping("/staff/pilot/cohorts/{name}")
    ModelAndView saveCohort(@PathVariable String name, @RequestParam Map<String, String> form) {
        StaffMember member = gate.require(StaffRole.SERVICE_OWNER, StaffRole.ADMINISTRATOR);
        Cohort current = cohorts.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("cohort_not_found", "There is no cohort called that"));
        String reason = form.getOrDefault("reason", "");
        if (!REASONS.contains(reason)) {
            return view(null, "cohort-" + name, "oversight.pilot.error.reason");
        }
        Cohort changed;
        try {
            changed = new Cohort(name, form.getOrDefault("model", current.model()), current.tools(),
                    "true".equals(form.getOrDefault("memory", Boolean.toString(current.memory()))),
                    Integer.parseInt(form.getOrDefault("rollout", Integer.toString(current.rolloutPercent())).strip()));
        } catch (IllegalArgumentException e) {
            return view(null, "cohort-" + name, "oversight.pilot.error.cohort");
        }
        try {
            cohorts.save(changed, null, reason, StaffAudit.actor(member));
        } catch (InvalidFieldException e) {
            return view(null, "cohort-" + name, "oversight.pilot.error.cohort");
        }
        return new ModelAndView("redirect:/staff/pilot?done=cohort_saved");
    }

    private ModelAndView view(@Nullable String done, @Nullable String errorAt, @Nullable String error) {
        ModelAndView page = new ModelAndView("staff/pilot");
        page.addObject("switches", List.copyOf(killSwitch.states().values()));
        page.addObject("cohortsEnabled", cohorts.enabled());
        page.addObject("cohorts", cohorts.all());
        page.addObject("reasons", REASONS);
        page.addObject("done", done);
        page.addObject("errorAt", errorAt);
        page.addObject("error", error);
        if (error != null) {
            page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
