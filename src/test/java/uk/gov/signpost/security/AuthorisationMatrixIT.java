package uk.gov.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.Availability;
import uk.gov.signpost.identity.CitizenSessions;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * Every endpoint and page, for anonymous people, the citizen who owns the ids used, another citizen using those
 * ids, and each staff role, over real HTTP against the running application: {@code security/authorisation-matrix.csv}
 * says what each should get, and the second test fails when an endpoint is missing from it. See
 * {@code docs/security.md}, "Adding a row to the authorisation matrix".
 *
 * <p>Outcomes: {@code allow} (the request got past every check: 2xx, 3xx, or a validation error), {@code deny}
 * (401, 403, or a redirect to sign-in) and {@code hidden} (404: another person's id looks like nothing there).
 */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=100000",
        "signpost.rate-limit.sessions-per-minute-per-address=100000", "signpost.memory.resume-attempts-per-hour=100000",
        "signpost.pilot.operator-token=",
        "signpost.handoff.open-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "signpost.handoff.opens-at=00:00", "signpost.handoff.closes-at=23:59:59"})
class AuthorisationMatrixIT {

    static final Path MATRIX = Path.of("src/test/resources/security/authorisation-matrix.csv");

    enum Who { ANONYMOUS, OWNER, OTHER_CITIZEN, CASEWORKER, SUPERVISOR, SERVICE_OWNER, AUDITOR, ADMINISTRATOR }

    @LocalServerPort
    int port;

    @Autowired
    CitizenSessions sessions;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Availability availability;

    /** Spaces the slots the fixtures publish, so no two start at once. */
    private final AtomicInteger slots = new AtomicInteger();

    @Test
    void every_cell_of_the_matrix_gets_its_expected_outcome() {
        List<Row> rows = rows();
        Map<Who, StaffSignIn.Client> staff = new EnumMap<>(Who.class);
        for (StaffRole role : StaffRole.values()) {
            staff.put(Who.valueOf(role.name()), StaffSignIn.overHttp(port, role));
        }
        Fixture shared = fixture();
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder(header());
        for (Row row : rows) {
            List<String> outcomes = new ArrayList<>();
            // A handoff or a booking changes as staff act on it, so each row that uses one gets its own.
            Fixture bystander = row.stateful() ? fixture() : shared;
            for (Who who : Who.values()) {
                String outcome = outcome(send(row, who, who == Who.OWNER || who == Who.OTHER_CITIZEN ? fixture() : bystander,
                        staff.get(who)));
                outcomes.add(outcome);
                if (!outcome.equals(row.expected.get(who))) {
                    wrong.add(row.method + " " + row.pattern + " as " + who.name().toLowerCase() + ": expected "
                            + row.expected.get(who) + ", got " + outcome);
                }
            }
            observed.append(row.csv(outcomes)).append('\n');
        }
        write(Path.of("target", "authorisation-matrix.observed.csv"), observed.toString());
        assertThat(wrong).as("cells that differ from " + MATRIX + " (observed: target/authorisation-matrix.observed.csv)")
                .isEmpty();
    }

    @Test
    void no_endpoint_escapes_the_matrix() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> endpoints.addAll(endpoints(info, method))));
        context.getBeansOfType(RouterFunctionMapping.class).values().forEach(mapping -> {
            if (mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new Routes(endpoints));
            }
        });
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(row -> inMatrix.add(row.method + " " + row.pattern));

        assertThat(endpoints).as("endpoints the application serves").contains("POST /mcp", "GET /actuator/health");
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(inMatrix);
        assertThat(missing).as("endpoints missing from " + MATRIX + ": add a row for each (docs/security.md)").isEmpty();
    }

    private static Set<String> endpoints(RequestMappingInfo info, HandlerMethod method) {
        Set<String> found = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
            methods.add("GET");
        }
        for (String pattern : info.getPatternValues()) {
            for (String httpMethod : methods) {
                found.add(httpMethod + " " + pattern);
            }
        }
        return found;
    }

    /** Collects the functional routes (the MCP server's), whose predicates print as "(POST && /mcp)". */
    private record Routes(Set<String> endpoints) implements RouterFunctions.Visitor {
        private static final Pattern ROUTE = Pattern.compile("([A-Z]+) && (/[^ )]*)");

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            Matcher matcher = ROUTE.matcher(predicate.toString());
            while (matcher.find()) {
                endpoints.add(matcher.group(1) + " " + matcher.group(2));
            }
        }

        @Override
        public void startNested(RequestPredicate predicate) {}

        @Override
        public void endNested(RequestPredicate predicate) {}

        @Override
        public void resources(java.util.function.Function<org.springframework.web.servlet.function.ServerRequest,
                java.util.Optional<org.springframework.core.io.Resource>> lookupFunction) {}

        @Override
        public void attributes(Map<String, Object> attributes) {}

        @Override
        public void unknown(org.springframework.web.servlet.function.RouterFunction<?> routerFunction) {}
    }

    /**
     * A citizen with a conversation, a message and its reply, and a remembered fact; on first use, a request for an
     * adviser ({@code {handoff}}) and a booking ({@code {appointment}}, on a slot ({@code {slot}}) the
     * {@code caseworker} test user published).
     */
    private final class Fixture {
        final ApiClient.Started started;
        final String conversation;
        final String token;
        final String message;
        final String reply;
        final String fact;
        final String cookie;
        private @Nullable String handoff;
        private @Nullable String appointment;
        private @Nullable String slot;

        Fixture(ApiClient.Started started, String message, String reply, String fact) {
            this.started = started;
            this.conversation = started.id();
            this.token = started.token();
            this.message = message;
            this.reply = reply;
            this.fact = fact;
            this.cookie = started.token().isEmpty() ? ""
                    : CitizenSessions.COOKIE_NAME + "=" + sessions.cookieValue(started.token());
        }

        String handoff() {
            if (handoff == null) {
                ApiClient api = new ApiClient(port);
                api.say(started, "I want to speak to a real person");
                api.say(started, "yes");
                handoff = jdbc.sql("select id::text from handoff_request where conversation_id = ?::uuid"
                        + " order by created_at desc limit 1").param(conversation).query(String.class).single();
            }
            return handoff;
        }

        String appointment() {
            if (appointment == null) {
                slot = freeSlot();
                ApiClient.Response booked = new ApiClient(port).post("/api/v1/appointments",
                        "{\"slot_id\":\"" + slot + "\"}", started.auth());
                assertThat(booked.status()).as("booking the fixture's appointment").isEqualTo(201);
                appointment = booked.json().get("id").asString();
            }
            return appointment;
        }

        String slot() {
            appointment();
            return slot;
        }

        String fill(String example) {
            String path = example.replace("{conversation}", conversation).replace("{reply}", reply)
                    .replace("{fact}", fact).replace("{message}", message)
                    .replace("{random}", UUID.randomUUID().toString());
            if (path.contains("{handoff}") || path.contains("/handoff") || path.contains("/adviser/")) {
                path = path.replace("{handoff}", handoff());
            }
            if (path.contains("{appointment}") || path.contains("{slot}")) {
                path = path.replace("{appointment}", appointment()).replace("{slot}", slot());
            }
            if (path.contains("{free-slot}")) {
                path = path.replace("{free-slot}", freeSlot());
            }
            return path;
        }
    }

    /** A free phone slot published by the {@code caseworker} test user. */
    private String freeSlot() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofMinutes(30L * slots.incrementAndGet()));
        return availability.publish("caseworker", "staff:caseworker", AppointmentKind.PHONE, startsAt, 30, null).id()
                .toString();
    }

    private Fixture fixture() {
        ApiClient api = new ApiClient(port);
        ApiClient.Started started = api.start();
        ApiClient.Response turn = api.say(started, "I'm looking for admin jobs in Leeds and I can work 20 hours");
        String reply = turn.json().get("reply").get("id").asString();
        String message = turn.json().get("message_id").asString();
        ApiClient.Response memory = api.get("/api/v1/me/memory", started.auth());
        String fact = memory.json().get("facts").isEmpty() ? UUID.randomUUID().toString()
                : memory.json().get("facts").get(0).get("id").asString();
        return new Fixture(started, message, reply, fact);
    }

    private ApiClient.Response send(Row row, Who who, Fixture owner, StaffSignIn.Client staff) {
        String path = owner.fill(row.example);
        boolean api = path.startsWith("/api/") || path.startsWith("/mcp") || path.startsWith("/actuator")
                || path.startsWith("/v3/");
        // A page's event stream is asked for as a browser's EventSource does.
        String accept = path.matches(".*/events(\\?.*)?") ? "text/event-stream"
                : api ? "application/json, text/event-stream" : "text/html";
        List<String> headers = new ArrayList<>(List.of("Accept", accept));
        String contentType = row.body.startsWith("form:") ? "application/x-www-form-urlencoded" : "application/json";
        String body = row.body.startsWith("form:") ? owner.fill(row.body.substring(5))
                : row.body.startsWith("json:") ? owner.fill(row.body.substring(5)) : "";
        headers.addAll(List.of("Content-Type", contentType));
        if (row.body.startsWith("header:")) {
            String[] header = owner.fill(row.body.substring(7)).split("=", 2);
            headers.addAll(List.of(header[0], header[1]));
        }
        if (who == Who.OWNER || who == Who.OTHER_CITIZEN) {
            Fixture caller = who == Who.OWNER ? owner : otherCitizen();
            if (api) {
                headers.addAll(List.of("Authorization", "Bearer " + caller.token));
            } else {
                headers.addAll(List.of("Cookie", caller.cookie));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(StaffSignIn.base(port) + path))
                .method(row.method, body.isEmpty() && row.method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (staff != null) {
            staff.forgetCitizenSession();
            return staff.send(request, headers.toArray(String[]::new));
        }
        return new StaffSignIn.Client(port).send(request, headers.toArray(String[]::new));
    }

    private Fixture otherCitizen() {
        return new Fixture(new ApiClient(port).start(), "", "", "");
    }

    static String outcome(ApiClient.Response response) {
        int status = response.status();
        String location = response.header("Location");
        if (status == 401 || status == 403 || (status / 100 == 3 && location != null
                && location.contains("/oauth2/authorization/"))) {
            return "deny";
        }
        return status == 404 ? "hidden" : "allow";
    }

    record Row(String method, String pattern, String example, String body, Map<Who, String> expected) {
        /** Whether the row acts on a handoff or a booking, which staff change as they go along the row. */
        boolean stateful() {
            return (example + body).matches(".*\\{(handoff|appointment|slot)}.*");
        }

        String csv(List<String> outcomes) {
            return String.join(",", method, pattern, example, quote(body)) + "," + String.join(",", outcomes);
        }
    }

    static String header() {
        StringBuilder header = new StringBuilder("method,pattern,example,body");
        for (Who who : Who.values()) {
            header.append(',').append(who.name().toLowerCase());
        }
        return header.append('\n').toString();
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                List<String> cells = split(line);
                Map<Who, String> expected = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    expected.put(who, cells.size() > 4 + who.ordinal() ? cells.get(4 + who.ordinal()) : "?");
                }
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Splits one CSV line; a field in double quotes may hold commas, and "" is a quote. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
