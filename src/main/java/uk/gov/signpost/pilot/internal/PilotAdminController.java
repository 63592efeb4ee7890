package uk.gov.signpost.pilot.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.pilot.Cohort;
import uk.gov.signpost.pilot.Cohorts;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;
import uk.gov.signpost.pilot.KillSwitchState;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;

/** The operators' API for the kill switches and cohorts. Every change needs a reason and is audited. */
@RestController
@RequestMapping("/api/v1/pilot")
@Tag(name = "Pilot controls (operators)")
class PilotAdminController {

    private final OperatorCheck operators;
    private final KillSwitch killSwitch;
    private final Cohorts cohorts;

    PilotAdminController(OperatorCheck operators, KillSwitch killSwitch, Cohorts cohorts) {
        this.operators = operators;
        this.killSwitch = killSwitch;
        this.cohorts = cohorts;
    }

    @GetMapping("/kill-switches")
    @Operation(summary = "Read both kill switches")
    List<KillSwitchState> killSwitches(HttpServletRequest request) {
        operators.require(request);
        return List.copyOf(killSwitch.states().values());
    }

    @PutMapping("/kill-switches/{scope}")
    @Operation(summary = "Turn the whole service, or only the remote model, off or back on",
            description = "scope is service or remote_model. Takes effect on the next request on every instance.")
    KillSwitchState setKillSwitch(@PathVariable String scope, @RequestBody SwitchChange change,
            HttpServletRequest request) {
        String actor = operators.require(request);
        KillSwitchScope parsed;
        try {
            parsed = KillSwitchScope.fromDb(scope);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("unknown_kill_switch", "There is no kill switch called that");
        }
        return killSwitch.set(parsed, change.off(), change.reason() == null ? "" : change.reason(), actor);
    }

    @GetMapping("/cohorts")
    @Operation(summary = "List the cohorts and their feature switches")
    Map<String, Object> cohorts(HttpServletRequest request) {
        operators.require(request);
        return Map.of("cohortsEnabled", cohorts.enabled(), "cohorts", cohorts.all());
    }

    @PutMapping("/cohorts/{name}")
    @Operation(summary = "Create or change a cohort: its model, tools, memory, rollout and invitation code")
    Cohort saveCohort(@PathVariable String name, @RequestBody CohortChange change, HttpServletRequest request) {
        String actor = operators.require(request);
        Cohort cohort;
        try {
            cohort = new Cohort(name, change.model() == null ? "remote" : change.model(), change.tools(),
                    change.memory() == null || change.memory(),
                    change.rolloutPercent() == null ? 0 : change.rolloutPercent());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("invalid_cohort", "cohort", e.getMessage());
        }
        return cohorts.save(cohort, change.invitationCode(), change.reason() == null ? "" : change.reason(), actor);
    }

    /** A change to a kill switch. */
    record SwitchChange(boolean off, @Nullable String reason) {}

    /** A change to a cohort; missing fields take their defaults (remote model, all tools, memory on, 0%). */
    record CohortChange(@Nullable String model, @Nullable Set<String> tools, @Nullable Boolean memory,
            @Nullable Integer rolloutPercent, @Nullable String invitationCode, @Nullable String reason) {}
}
