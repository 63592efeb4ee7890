package uk.gov.signpost.employment.internal.jobs;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the shipped Civil Service adverts ({@code data/jobs/}, see its PROVENANCE.md) and places each one with the
 * {@link LocationParser}.
 */
final class AdvertFile {

    static final String ADVERTS = "data/jobs/civil_service_jobs_2023-11_2024-01.csv";
    static final String FULL_TEXT = "data/jobs/civil_service_jobs_full_text.jsonl.gz";

    private static final String FROM = "Job summary";
    private static final String UNTIL = "Things you need to know";

    private AdvertFile() {}

    static List<Advert> read(LocationParser locations) {
        Map<String, String> aboutTheJob = aboutTheJob();
        List<Advert> adverts = new ArrayList<>();
        CsvFile.read(ADVERTS, row -> {
            String reference = row.get("reference");
            String location = row.get("location");
            adverts.add(new Advert(reference, row.get("title").strip(), row.get("department").strip(), location,
                    locations.parse(location), pounds(row.get("salary_min")), pounds(row.get("salary_max")),
                    LocalDate.parse(row.get("closing_date")), aboutTheJob.get(reference)));
        });
        return List.copyOf(adverts);
    }

    /**
     * The part of each full advert from "Job summary" to "Things you need to know": the summary, description, person
     * specification, behaviours, skills and benefits. What follows names the recruiter, which must never be searched
     * or shown.
     */
    private static Map<String, String> aboutTheJob() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(FULL_TEXT).getInputStream()), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode advert = json.readTree(line);
                String text = advert.get("text").asString();
                int start = text.indexOf(FROM);
                int end = start < 0 ? -1 : text.indexOf(UNTIL, start);
                if (start >= 0 && end > start) {
                    texts.put(advert.get("reference").asString(), text.substring(start + FROM.length(), end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FULL_TEXT, e);
        }
        return texts;
    }

    private static @Nullable Integer pounds(String cell) {
        return cell.isBlank() ? null : Integer.valueOf(cell.strip());
    }
}
