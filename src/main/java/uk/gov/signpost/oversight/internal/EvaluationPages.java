package uk.gov.signpost.oversight.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.identity.StaffAccess;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.oversight.OversightProperties;
import uk.gov.signpost.platform.NotFoundException;

/**
 * The evaluation suite's reports: every {@code report.html} in the configured folder or one of its subfolders,
 * with the headline figures from the {@code result.json} beside it. A report is found only by the name of its
 * folder, from the listing, never by a path the caller writes; it is served with a Content-Security-Policy that
 * runs no script and loads nothing, in a sandbox.
 */
@Controller
class EvaluationPages {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String TOP = "latest";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StaffAccess gate;
    private final OversightProperties properties;

    EvaluationPages(StaffAccess gate, OversightProperties properties) {
        this.gate = gate;
        this.properties = properties;
    }

    @GetMapping("/staff/evaluation")
    ModelAndView list() {
        gate.require(StaffRole.SUPERVISOR, StaffRole.SERVICE_OWNER, StaffRole.AUDITOR);
        ModelAndView page = new ModelAndView("staff/evaluation");
        page.addObject("reports", reports());
        page.addObject("folder", properties.evaluationReports().toString());
        return page;
    }

    @GetMapping("/staff/evaluation/{name}/report.html")
    ResponseEntity<byte[]> report(@PathVariable String name) {
        gate.require(StaffRole.SUPERVISOR, StaffRole.SERVICE_OWNER, StaffRole.AUDITOR);
        Path report = folder(name).map(f -> f.resolve("report.html")).filter(Files::isRegularFile)
                .orElseThrow(EvaluationPages::notFound);
        try {
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                            + " sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(Files.readAllBytes(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder for a listed name: the top folder itself, or one of its direct subfolders. */
    private Optional<Path> folder(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path root = properties.evaluationReports().toAbsolutePath().normalize();
        Path folder = name.equals(TOP) ? root : root.resolve(name).normalize();
        return folder.getParent() != null && (folder.equals(root) || folder.getParent().equals(root))
                ? Optional.of(folder) : Optional.empty();
    }

    private List<Map<String, Object>> reports() {
        Path root = properties.evaluationReports().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Map<String, Object>> found = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("report.html"))) {
            found.add(describe(TOP, root));
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory)
                    .filter(d -> NAME.matcher(d.getFileName().toString()).matches() && !d.getFileName().toString()
                            .equals(TOP))
                    .filter(d -> Files.isRegularFile(d.resolve("report.html")))
                    .forEach(d -> found.add(describe(d.getFileName().toString(), d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("modified")).reversed());
        return found;
    }

    private static Map<String, Object> describe(String name, Path folder) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        try {
            item.put("modified", Instant.ofEpochMilli(Files.getLastModifiedTime(folder.resolve("report.html"))
                    .toMillis()).toString().replaceAll("\\.\\d+Z$", "Z"));
        } catch (IOException e) {
            item.put("modified", "");
        }
        item.put("model", "");
        item.put("provider", "");
        item.put("scenarios", "");
        Path result = folder.resolve("result.json");
        if (Files.isRegularFile(result)) {
            try {
                JsonNode json = JSON.readTree(Files.readString(result));
                item.put("model", json.path("model").asString(""));
                item.put("provider", json.path("provider").asString(""));
                item.put("scenarios", json.path("scenarios").isArray() ? Integer.toString(json.path("scenarios").size())
                        : "");
            } catch (IOException | RuntimeException unreadable) {
                item.put("model", "?");
            }
        }
        return item;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("report_not_found", "There is no such evaluation report");
    }
}
