package uk.gov.signpost.pilot;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.agent.TurnSettings;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.pilot.internal.RolloutBuckets;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * Who is in the pilot, and with which switches. With cohorts off ({@code SIGNPOST_PILOT_COHORTS=false}, the
 * default) everyone is let in with everything on. With cohorts on, a person is in the cohort they were assigned
 * to; someone not yet assigned is put in a cohort by the percentage rollout, or by an invitation code they enter;
 * anyone else is not in the pilot. Assignments are stored, so a person keeps their cohort when the rollout changes.
 *
 * <p>This is also the agent's source of {@link TurnSettings}: one query at the start of each turn.
 */
@Service
public class Cohorts implements TurnSettings.Source {

    private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    private final JdbcClient jdbc;
    private final PilotProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    Cohorts(JdbcClient jdbc, PilotProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether only people in a cohort get the assistant. */
    public boolean enabled() {
        return properties.cohortsEnabled();
    }

    /**
     * The switches for the person, assigning them by the rollout if they have no cohort yet.
     *
     * @throws NotInPilotException if cohorts are on and the person is in none
     */
    public TurnSettings admit(OwnerId owner) {
        if (!enabled()) {
            return TurnSettings.ALL_ON;
        }
        Optional<Cohort> assigned = assignedCohort(owner);
        if (assigned.isPresent()) {
            return assigned.get().settings();
        }
        Cohort cohort = RolloutBuckets.cohortFor(RolloutBuckets.bucket(owner.value()), all())
                .orElseThrow(NotInPilotException::new);
        jdbc.sql("insert into pilot_assignment (owner_id, cohort, assigned_by, assigned_at) values (?, ?, 'rollout', ?)"
                        + " on conflict (owner_id) do nothing")
                .params(owner.value(), cohort.name(), Timestamp.from(clock.instant()))
                .update();
        return assignedCohort(owner).orElse(cohort).settings();
    }

    @Override
    public TurnSettings forOwner(OwnerId owner) {
        return admit(owner);
    }

    /** The cohort's name for outcome counts: the assigned cohort, or {@code none}. */
    public String cohortName(OwnerId owner) {
        return assignedCohort(owner).map(Cohort::name).orElse("none");
    }

    /**
     * Puts the person in the cohort whose invitation code this is (an invitation wins over the rollout).
     *
     * @throws InvalidInvitationException if no cohort has that code
     */
    @Transactional
    public Cohort join(OwnerId owner, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInvitationException();
        }
        Cohort cohort = jdbc.sql(SELECT + " where invitation_code_hash = ?")
                .param(RolloutBuckets.codeHash(code))
                .query(Cohorts::cohort)
                .optional()
                .orElseThrow(InvalidInvitationException::new);
        jdbc.sql("insert into pilot_assignment (owner_id, cohort, assigned_by, assigned_at)"
                        + " values (?, ?, 'invitation', ?) on conflict (owner_id) do update"
                        + " set cohort = excluded.cohort,"
                        + " assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at")
                .params(owner.value(), cohort.name(), Timestamp.from(clock.instant()))
                .update();
        audit.append(new AuditEvent("pilot_joined", owner.value(), "person", Map.of("cohort", cohort.name())));
        return cohort;
    }

    /** Every cohort, by name. */
    public List<Cohort> all() {
        return jdbc.sql(SELECT + " order by name").query(Cohorts::cohort).list();
    }

    /**
     * Creates or changes a cohort, recording why in the audit log.
     *
     * @param invitationCode a new invitation code for it, or {@code null} to keep the one it has
     */
    @Transactional
    public Cohort save(Cohort cohort, @Nullable String invitationCode, String reason, String actor) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            throw new InvalidFieldException("invalid_reason", "reason",
                    "Give a reason as a short code in lower case, for example start_wave_two");
        }
        int otherRollout = all().stream()
                .filter(c -> !c.name().equals(cohort.name()))
                .mapToInt(Cohort::rolloutPercent)
                .sum();
        if (otherRollout + cohort.rolloutPercent() > 100) {
            throw new InvalidFieldException("rollout_over_100", "rollout_percent",
                    "The cohorts' rollout percentages add up to more than 100");
        }
        String hash = invitationCode == null || invitationCode.isBlank()
                ? null
                : RolloutBuckets.codeHash(invitationCode);
        jdbc.sql("insert into pilot_cohort (name, model, tools, memory, rollout_percent, invitation_code_hash,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (name) do update set model = excluded.model,"
                        + " tools = excluded.tools, memory = excluded.memory,"
                        + " rollout_percent = excluded.rollout_percent,"
                        + " invitation_code_hash = coalesce(excluded.invitation_code_hash,"
                        + " pilot_cohort.invitation_code_hash), updated_at = excluded.updated_at")
                .params(cohort.name(), cohort.model(),
                        cohort.tools() == null ? null : cohort.tools().stream().sorted().toArray(String[]::new),
                        cohort.memory(), cohort.rolloutPercent(), hash, Timestamp.from(clock.instant()))
                .update();
        Map<String, String> details = new HashMap<>();
        details.put("cohort", cohort.name());
        details.put("model", cohort.model());
        details.put("memory", Boolean.toString(cohort.memory()));
        details.put("rollout_percent", Integer.toString(cohort.rolloutPercent()));
        details.put("tools", cohort.tools() == null ? "all" : Integer.toString(cohort.tools().size()));
        details.put("new_invitation_code", Boolean.toString(hash != null));
        details.put("reason", reason);
        audit.append(new AuditEvent("pilot_cohort_changed", null, actor, details));
        return cohort;
    }

    private Optional<Cohort> assignedCohort(OwnerId owner) {
        return jdbc.sql(SELECT + " join pilot_assignment a on a.cohort = c.name where a.owner_id = ?")
                .param(owner.value())
                .query(Cohorts::cohort)
                .optional();
    }

    private static final String SELECT = "select c.name, c.model, c.tools, c.memory, c.rollout_percent"
            + " from pilot_cohort c";

    private static Cohort cohort(ResultSet rs, int row) throws SQLException {
        Array tools = rs.getArray("tools");
        Set<String> allowed = null;
        if (tools != null) {
            allowed = new LinkedHashSet<>(List.of((String[]) tools.getArray()));
        }
        return new Cohort(rs.getString("name"), rs.getString("model"), allowed, rs.getBoolean("memory"),
                rs.getInt("rollout_percent"));
    }
}
