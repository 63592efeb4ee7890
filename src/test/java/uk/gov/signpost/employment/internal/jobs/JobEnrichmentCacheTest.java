package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobEnrichmentCacheTest {

    @TempDir
    Path folder;

    private final byte[] key = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};

    @Test
    void what_is_written_reads_back_the_same() {
        EnrichmentCache cache = new EnrichmentCache(folder);
        cache.write(key, Map.of(
                "100", new EnrichmentCache.Enriched("3544", true, new float[] {0.6f, 0.8f}),
                "200", new EnrichmentCache.Enriched(null, false, null)));

        Map<String, EnrichmentCache.Enriched> read = cache.read(key).orElseThrow();

        assertThat(read.get("100").socCode()).isEqualTo("3544");
        assertThat(read.get("100").socFromTitle()).isTrue();
        assertThat(read.get("100").vector()).containsExactly(0.6f, 0.8f);
        assertThat(read.get("200").socCode()).isNull();
        assertThat(read.get("200").vector()).isNull();
    }

    @Test
    void another_key_finds_nothing() {
        EnrichmentCache cache = new EnrichmentCache(folder);
        cache.write(key, Map.of("100", new EnrichmentCache.Enriched("3544", false, null)));

        assertThat(cache.read(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9})).isEmpty();
    }

    @Test
    void a_damaged_file_is_ignored_so_that_enrichment_runs_again() throws IOException {
        EnrichmentCache cache = new EnrichmentCache(folder);
        cache.write(key, Map.of("100", new EnrichmentCache.Enriched("3544", true, new float[] {1f})));
        Path file = cache.file(key);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 12));

        assertThat(cache.read(key)).isEmpty();
    }

    @Test
    void a_missing_folder_is_made_and_no_partial_file_is_left_behind() throws IOException {
        EnrichmentCache cache = new EnrichmentCache(folder.resolve("cache"));
        cache.write(key, Map.of());

        try (var files = Files.list(folder.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(cache.file(key).getFileName().toString());
        }
    }
}
