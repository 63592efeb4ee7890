package uk.gov.signpost.employment.internal.guidance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import uk.gov.signpost.employment.internal.guidance.ContentApiClient.Fetch;

/**
 * Refreshes the guidance pages from the GOV.UK Content API: fetch each page searched now, keep the old copy of any
 * page that could not be fetched (GOV.UK down, a 404, a 5xx, a page we cannot read), and swap in the new index only
 * when at least one page came back.
 *
 * <p>It is off by default. It runs on the schedule {@code signpost.guidance.refresh.cron} (default {@code -}: never)
 * or when an operator calls the {@code guidance} actuator endpoint. It never runs at start-up. The refreshed pages
 * are held in this instance's memory: after a restart an instance searches the bundled pages until its next refresh.
 */
@Service
class GuidanceRefresh {

    private static final Logger log = LoggerFactory.getLogger(GuidanceRefresh.class);

    private final GuidanceIndex index;
    private final ContentApiClient client;
    private final Duration pause;
    private final ReentrantLock running = new ReentrantLock();

    GuidanceRefresh(GuidanceIndex index, ContentApiClient client, GuidanceProperties properties) {
        this.index = index;
        this.client = client;
        this.pause = properties.refresh().pause();
    }

    @Scheduled(cron = "${signpost.guidance.refresh.cron:-}")
    void onSchedule() {
        refresh();
    }

    /** Refreshes every page now searched. Returns at once, doing nothing, if a refresh is already running. */
    Report refresh() {
        if (!running.tryLock()) {
            log.info("event=guidance_refresh_skipped reason=already_running");
            return new Report(0, 0, List.of(), true);
        }
        try {
            return refreshPages();
        } finally {
            running.unlock();
        }
    }

    private Report refreshPages() {
        List<GuidancePage> next = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int refreshed = 0;
        for (GuidancePage page : index.pages()) {
            if (!next.isEmpty()) {
                pause();
            }
            if (client.fetch(page.basePath()) instanceof Fetch.Fetched fetched) {
                next.add(fetched.page());
                refreshed++;
            } else {
                next.add(page);
                failed.add(page.basePath());
            }
        }
        if (refreshed > 0) {
            index.replace(next);
        }
        log.info("event=guidance_refreshed refreshed={} kept_old={}", refreshed, failed.size());
        return new Report(refreshed, failed.size(), failed, false);
    }

    private void pause() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What a refresh did.
     *
     * @param refreshed pages replaced by GOV.UK's current copy
     * @param keptOld pages kept as they were because they could not be fetched or read
     * @param failedBasePaths the base paths of those pages
     * @param skipped true when another refresh was already running, so this one did nothing
     */
    record Report(int refreshed, int keptOld, List<String> failedBasePaths, boolean skipped) {

        Report {
            failedBasePaths = List.copyOf(failedBasePaths);
        }
    }
}
