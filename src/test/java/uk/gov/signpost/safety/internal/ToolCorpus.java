package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tool content for training and measuring the injection detector: the Civil Service Jobs adverts and GOV.UK
 * pages bundled under {@code data/}. Each document belongs to exactly one half, chosen by its reference or address,
 * so the classifier is trained on one half and measured on the other.
 */
final class ToolCorpus {

    enum Half { TRAINING, EVALUATION }

    record Document(String key, String kind, String text) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ToolCorpus() {}

    static List<Document> adverts(Half half) {
        return read("/data/jobs/civil_service_jobs_full_text.jsonl.gz", true, "reference", "advert", half);
    }

    static List<Document> guidance(Half half) {
        return read("/data/guidance/govuk_pages_2024-11.jsonl", false, "url", "guidance", half);
    }

    static Half halfOf(String key) {
        return Math.floorMod(key.hashCode(), 2) == 0 ? Half.TRAINING : Half.EVALUATION;
    }

    private static List<Document> read(String resource, boolean gzip, String keyField, String kind, Half half) {
        try (InputStream raw = Objects.requireNonNull(ToolCorpus.class.getResourceAsStream(resource), resource);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            List<Document> documents = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String key = node.get(keyField).asString();
                if (halfOf(key) == half) {
                    documents.add(new Document(key, kind, node.get("text").asString()));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
