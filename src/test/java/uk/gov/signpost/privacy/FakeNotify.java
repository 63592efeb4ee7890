package uk.gov.signpost.privacy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for GOV.UK Notify's API (v2), written from Notify's published API documentation: POST
 * {@code /v2/notifications/email} and {@code /v2/notifications/sms} with a JSON body, authenticated by a JWT
 * (HS256, {@code iss} = the service id, {@code iat} = now) signed with the API key's secret. It answers 201 with
 * the documented response, 403 for a bad token, and 400 with Notify's error shape for a chosen address.
 */
public final class FakeNotify implements AutoCloseable {

    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String API_KEY = "signpost_test-" + SERVICE_ID + "-" + SECRET;
    public static final String EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    public static final String SMS_TEMPLATE = "ceb50d92-100d-4b8b-b559-14fa3b091cda";
    /** An address Notify refuses, as it does for a team key sending outside the team. */
    public static final String REFUSED = "refused@example.com";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeNotify() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v2/notifications/email", exchange -> handle(exchange, "email"));
        server.createContext("/v2/notifications/sms", exchange -> handle(exchange, "sms"));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange, String type) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error(405, "MethodNotAllowed", "Method not allowed"));
            return;
        }
        if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 403, error(403, "AuthError", "Invalid token: signature, api token not found"));
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String to = type.equals("email") ? body.path("email_address").asString() : body.path("phone_number").asString();
        if (REFUSED.equals(to)) {
            respond(exchange, 400, error(400, "BadRequestError", "Can’t send to this recipient using a team-only API key"));
            return;
        }
        received.add(new Received(type, to, body.path("template_id").asString(),
                body.path("personalisation").path("link").asString(), body.path("reference").asString(),
                body.path("personalisation").path("change").asString("")));
        UUID id = UUID.randomUUID();
        String template = body.path("template_id").asString();
        String content = type.equals("email")
                ? "{\"subject\":\"Continue your Signpost conversation\",\"body\":\"Continue: "
                        + body.path("personalisation").path("link").asString()
                        + "\",\"from_email\":\"signpost@notifications.service.gov.uk\"}"
                : "{\"body\":\"Continue: " + body.path("personalisation").path("link").asString()
                        + "\",\"from_number\":\"GOVUK\"}";
        respond(exchange, 201, "{\"id\":\"" + id + "\",\"reference\":\"" + body.path("reference").asString()
                + "\",\"content\":" + content + ",\"uri\":\"" + baseUrl() + "/v2/notifications/" + id
                + "\",\"template\":{\"id\":\"" + template + "\",\"version\":1,\"uri\":\"" + baseUrl()
                + "/v2/template/" + template + "\"}}");
    }

    /** Checks the JWT as Notify does: HS256 over header.payload with the secret, issued by the service. */
    private static boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = header.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return SERVICE_ID.equals(claims.path("iss").asString()) && claims.path("iat").asLong() > 0;
    }

    private static String error(int status, String error, String message) {
        return "{\"errors\":[{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}],\"status_code\":" + status
                + "}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** One message Notify was asked to send. */
    /** @param change the appointment templates' {@code ((change))} field, if the message has one */
    public record Received(String type, String to, String templateId, String link, String reference,
            String change) {}
}
