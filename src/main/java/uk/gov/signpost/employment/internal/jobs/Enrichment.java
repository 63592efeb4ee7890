package uk.gov.signpost.employment.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.employment.internal.occupations.SocMatch;
import uk.gov.signpost.model.TextEmbedder;

/**
 * Works out, for every advert, its SOC 2020 unit group (with the shared {@link SocCoder}) and the MiniLM embedding
 * of its title (with the application's one {@link TextEmbedder}), and the skills text of its occupation. Both take
 * tens of seconds for the 4,389 adverts on two cores, so the results are cached on disk ({@link EnrichmentCache}).
 *
 * <p>Every coded advert keeps its SOC code, but only one whose title is itself in the ONS coding index gets its
 * occupation's tasks as skills: a code found by shared words alone is wrong often enough ("Senior Research Officer"
 * shares "senior officer" with prison service managers) that its tasks would mislead.
 */
final class Enrichment {

    private static final Logger log = LoggerFactory.getLogger(Enrichment.class);
    /** Change this when the way adverts are enriched changes, so that old cache files are not used. */
    private static final String FORMAT = "jobs-enrichment-v3";
    private static final String CODING_INDEX = "data/occupations/soc2020/soc2020_coding_index.csv";
    private static final List<String> PROBES = List.of("data analyst", "administrative officer", "HEO policy adviser");

    private final SocCoder coder;
    private final TextEmbedder embedder;
    private final OccupationTasks tasks;
    private final EnrichmentCache cache;

    Enrichment(SocCoder coder, TextEmbedder embedder, OccupationTasks tasks, EnrichmentCache cache) {
        this.coder = coder;
        this.embedder = embedder;
        this.tasks = tasks;
        this.cache = cache;
    }

    /**
     * The adverts enriched, from the cache when it has this version, otherwise worked out and cached. Empty when the
     * thread was interrupted first.
     */
    Optional<List<IndexedAdvert>> enrich(List<Advert> adverts) {
        long started = System.nanoTime();
        byte[] key = cacheKey(adverts);
        Optional<Map<String, EnrichmentCache.Enriched>> cached = cache.read(key);
        Map<String, EnrichmentCache.Enriched> enriched;
        if (cached.isPresent() && cached.get().keySet().containsAll(references(adverts))) {
            enriched = cached.get();
            log.info("event=job_enrichment_loaded adverts={} ms={}", adverts.size(), millisSince(started));
        } else {
            enriched = new HashMap<>();
            for (Advert advert : adverts) {
                if (Thread.currentThread().isInterrupted()) {
                    return Optional.empty();
                }
                Optional<SocMatch> soc = coder.code(advert.title());
                enriched.put(advert.reference(), new EnrichmentCache.Enriched(soc.map(SocMatch::socCode).orElse(null),
                        soc.map(match -> match.method() != SocMatch.Method.WORD_OVERLAP).orElse(false),
                        embedder.embed(titleForMeaning(advert.title()))));
            }
            cache.write(key, enriched);
            log.info("event=job_enrichment_computed adverts={} ms={}", adverts.size(), millisSince(started));
        }
        List<IndexedAdvert> indexed = new ArrayList<>(adverts.size());
        for (Advert advert : adverts) {
            EnrichmentCache.Enriched found = enriched.get(advert.reference());
            indexed.add(new IndexedAdvert(advert, found.socCode(),
                    found.socFromTitle() ? skills(found.socCode()) : "", found.vector()));
        }
        return Optional.of(indexed);
    }

    /**
     * The title without what says nothing about the job: reference numbers ("(Ref: 81350)", "202310: "), asterisks and
     * extra spaces. MiniLM compares what is left.
     */
    static String titleForMeaning(String title) {
        String clean = title.replaceAll("(?i)\\(?\\s*\\bref\\b\\s*:?\\s*[\\w-]*\\d[\\w-]*\\s*\\)?", " ")
                .replaceAll("^\\s*\\d+\\s*[:\\-\u2013]\\s*", " ")
                .replace("*", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return clean.isEmpty() ? title : clean;
    }

    /** The occupation's name and typical tasks, as the text the skills field searches. */
    String skills(@Nullable String socCode) {
        if (socCode == null) {
            return "";
        }
        return coder.unitGroupTitle(socCode).orElse("") + "\n" + String.join("\n", tasks.of(socCode));
    }

    /**
     * A hash of everything that decides the enrichment: the titles, the coding index, what the coder and the model
     * make of a few probes, and {@link #FORMAT}. Probing catches a changed coder or model without knowing their
     * versions.
     */
    byte[] cacheKey(List<Advert> adverts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (Advert advert : adverts) {
                digest.update((advert.reference() + "\t" + advert.title() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream index = new DigestInputStream(new ClassPathResource(CODING_INDEX).getInputStream(),
                    digest)) {
                index.transferTo(OutputStream.nullOutputStream());
            }
            for (String probe : PROBES) {
                digest.update(coder.code(probe).map(SocMatch::toString).orElse("-").getBytes(StandardCharsets.UTF_8));
                float[] vector = embedder.embed(probe);
                ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
                bytes.asFloatBuffer().put(vector);
                digest.update(bytes.array());
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java always has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> references(List<Advert> adverts) {
        return adverts.stream().map(Advert::reference).toList();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
