package uk.gov.signpost.employment.internal.jobs;

/** When to work out each advert's SOC code and title embedding. */
enum EnrichmentMode {
    /** After start-up, in a background thread; search uses words alone until it is done. The default. */
    BACKGROUND,
    /** Before the application reports ready: slower start-up, full search from the first request. For tests. */
    BLOCKING,
    /** Never: words alone, no SOC codes. */
    OFF
}
