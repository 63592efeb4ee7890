package uk.gov.signpost.employment.internal.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Holds the job index search uses now. At start-up it builds a words-only (BM25) index of the adverts, which takes
 * about a second. Enrichment (SOC codes and title embeddings, see {@link Enrichment}) then runs in the background,
 * or before start-up finishes in {@link EnrichmentMode#BLOCKING}, and a full index replaces the first one in a
 * single step. A search already running finishes on the index it started with.
 *
 * <p>Indexes are held in memory. A replaced index is not closed: a search may still be reading it, and the garbage
 * collector frees it once none is.
 */
final class JobIndexes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobIndexes.class);

    private final List<Advert> adverts;
    private final Enrichment enrichment;
    private final EnrichmentMode mode;
    private final CountDownLatch enriched = new CountDownLatch(1);
    private volatile JobIndex current;
    private @Nullable Thread worker;

    JobIndexes(List<Advert> adverts, Enrichment enrichment, EnrichmentMode mode) {
        this.adverts = List.copyOf(adverts);
        this.enrichment = enrichment;
        this.mode = mode;
        long started = System.nanoTime();
        this.current = JobIndex.build(new ByteBuffersDirectory(), adverts.stream().map(IndexedAdvert::plain).toList());
        log.info("event=job_index_built adverts={} semantic=false ms={}", adverts.size(),
                (System.nanoTime() - started) / 1_000_000);
        if (mode == EnrichmentMode.BLOCKING) {
            enrich();
        }
    }

    JobIndex current() {
        return current;
    }

    /** Waits until the enriched index is in use; false if it is not within the timeout. */
    boolean awaitEnriched(Duration timeout) throws InterruptedException {
        return enriched.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startEnrichment() {
        if (mode != EnrichmentMode.BACKGROUND || worker != null || enriched.getCount() == 0) {
            return;
        }
        Thread thread = new Thread(this::enrichInBackground, "job-enrichment");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        worker = thread;
        thread.start();
    }

    /** If enrichment fails in the background, search carries on with words alone; the log says why. */
    private void enrichInBackground() {
        try {
            enrich();
        } catch (RuntimeException e) {
            log.error("event=job_enrichment_failed error={}", e.getClass().getSimpleName(), e);
        }
    }

    private void enrich() {
        long started = System.nanoTime();
        Optional<List<IndexedAdvert>> indexed = enrichment.enrich(adverts);
        if (indexed.isEmpty()) {
            return;
        }
        current = JobIndex.build(new ByteBuffersDirectory(), indexed.get());
        enriched.countDown();
        log.info("event=job_index_built adverts={} semantic={} ms={}", adverts.size(), current.semantic(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
