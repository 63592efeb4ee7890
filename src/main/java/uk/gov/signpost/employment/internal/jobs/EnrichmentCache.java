package uk.gov.signpost.employment.internal.jobs;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each advert's SOC code and title vector on disk, in one file per version of the inputs. The file's name is a
 * hash of everything that decides its contents (see {@link Enrichment#cacheKey}), so a changed advert file, coding
 * index or model gives a new file and an old one is never read by mistake. Old files are left for an operator to
 * delete; each is about 7 MB.
 *
 * <p>A damaged or half-written file is ignored and rebuilt. Writes go to a temporary file that is then moved into
 * place, so a crash never leaves a file that looks complete.
 */
final class EnrichmentCache {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentCache.class);
    private static final int MAGIC = 0x53504A45; // "SPJE"

    private final Path folder;

    EnrichmentCache(Path folder) {
        this.folder = folder;
    }

    Optional<Map<String, Enriched>> read(byte[] key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new IOException("not an enrichment file");
            }
            int count = data.readInt();
            Map<String, Enriched> enriched = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String reference = data.readUTF();
                String soc = data.readUTF();
                boolean socFromTitle = data.readBoolean();
                int dimensions = data.readInt();
                float @Nullable [] vector = dimensions == 0 ? null : new float[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = data.readFloat();
                }
                enriched.put(reference, new Enriched(soc.isEmpty() ? null : soc, socFromTitle, vector));
            }
            return Optional.of(enriched);
        } catch (IOException | RuntimeException e) {
            log.warn("event=job_enrichment_cache_unreadable file={} error={}", file.getFileName(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void write(byte[] key, Map<String, Enriched> enriched) {
        Path file = file(key);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "jobs-enrichment", ".partial");
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(partial), 1 << 16))) {
                data.writeInt(MAGIC);
                data.writeInt(enriched.size());
                for (Map.Entry<String, Enriched> entry : enriched.entrySet()) {
                    data.writeUTF(entry.getKey());
                    data.writeUTF(entry.getValue().socCode() == null ? "" : entry.getValue().socCode());
                    data.writeBoolean(entry.getValue().socFromTitle());
                    float @Nullable [] vector = entry.getValue().vector();
                    data.writeInt(vector == null ? 0 : vector.length);
                    if (vector != null) {
                        for (float v : vector) {
                            data.writeFloat(v);
                        }
                    }
                }
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the job enrichment cache in " + folder, e);
        }
    }

    Path file(byte[] key) {
        return folder.resolve("jobs-enrichment-" + HexFormat.of().formatHex(key, 0, 12) + ".bin");
    }

    /**
     * What enrichment found for one advert.
     *
     * @param socFromTitle true when the coder found the title itself in the ONS coding index (with or without a
     *     grade or qualifier), rather than the index title sharing most words with it
     */
    record Enriched(@Nullable String socCode, boolean socFromTitle, float @Nullable [] vector) {}
}
