package uk.gov.signpost.employment.internal.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads and indexes the apprenticeship standards on a background thread once the application is ready, so that
 * start-up stays fast. A search that comes sooner does the same work itself; the answer does not depend on it.
 */
@Component
class TrainingWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TrainingWarmUp.class);

    private final TrainingCatalogue catalogue;

    TrainingWarmUp(TrainingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::load, "training-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            catalogue.load();
            log.info("event=training_loaded millis={}", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("event=training_load_failed error={}", e.getClass().getSimpleName(), e);
        }
    }
}
