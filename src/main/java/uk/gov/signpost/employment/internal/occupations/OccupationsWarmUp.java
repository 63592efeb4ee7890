package uk.gov.signpost.employment.internal.occupations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the occupations data (coding index, ESCO, skill profiles, search index: a few seconds on two cores) on a
 * background thread once the application is ready, so that start-up stays fast and the first request rarely
 * waits. A request that comes sooner reads the same data itself: the answer does not depend on the timing.
 */
@Component
class OccupationsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(OccupationsWarmUp.class);

    private final SocCoder coder;
    private final SkillProfiles profiles;
    private final SocSearch search;

    OccupationsWarmUp(SocCoder coder, SkillProfiles profiles, SocSearch search) {
        this.coder = coder;
        this.profiles = profiles;
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::load, "occupations-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            coder.load();
            profiles.load();
            search.load();
            log.info("event=occupations_loaded millis={}", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("event=occupations_load_failed error={}", e.getClass().getSimpleName(), e);
        }
    }
}
