package uk.gov.signpost.employment.internal.jobs;

import ch.qos.logback.classic.Level;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.model.TextEmbedder;

/**
 * Job search latency, for {@code docs/benchmarks.md}. Not a test: run it with the {@code benchmarks} Maven profile,
 * which starts it in its own JVM with a fixed heap:
 *
 * <pre>
 * ./mvnw -B -o -Pbenchmarks test -Dbenchmark.index=real
 * ./mvnw -B -o -Pbenchmarks test -Dbenchmark.index=synthetic -Dbenchmark.adverts=1000000
 * </pre>
 *
 * <p>It times {@link HybridJobSearch#search} end to end, one search at a time, as the application runs it: embed the
 * search with MiniLM, code it to SOC, retrieve, rank, and explain the page. Searches are a fixed, seeded mix of job
 * titles, places, distances and salary filters; the first ones warm the JVM and are not counted.
 *
 * <p>The synthetic index is built from the real adverts and is clearly not real: advert {@code i} takes the title,
 * employer, occupation and title vector of one real advert (the vector with a little seeded noise, so that no two are
 * the same), the location of another and the salary of a third, and a closing date in the real range. It shows how
 * the index scales, not how good the results are.
 *
 * <p>The harness makes its own MiniLM model (the same quantised all-MiniLM-L6-v2, normalised as the application's
 * {@code TextEmbedder} does): there is no Spring context here to borrow the application's one from. Title embeddings
 * come from the application's enrichment cache under {@code data/cache} when it is there.
 */
public final class JobSearchBenchmark {

    private static final long SEED = 20240101L;
    private static final List<String> SEARCHES = List.of("administrative officer", "data analyst", "prison officer",
            "policy adviser", "project manager", "software developer", "caseworker", "HR business partner",
            "finance officer", "nurse", "driver", "engineer", "scientist", "lawyer", "communications officer",
            "cyber security", "executive officer", "operational support grade", "statistician", "economist",
            "procurement", "customer service", "work coach", "veterinary", "electrician", "apprentice",
            "delivery manager", "research officer", "health and safety", "teacher", "accountant", "IT support",
            "business support", "investigator", "social worker", "chef", "digital", "estates", "legal adviser",
            "personal assistant");
    private static final List<String> PLACES = List.of("LS1", "Manchester", "CF10", "Glasgow", "Bristol", "B1",
            "EH1", "Newcastle", "SW1A", "Sheffield", "York", "Norwich", "Exeter", "Darlington", "Swansea");
    private static final int[] RADII = {5, 10, 20, 50};

    private JobSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String which = args.length > 0 ? args[0] : "real";
        int syntheticAdverts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Path cache = Path.of(args.length > 4 ? args[4] : "data/cache");

        TextEmbedder embedder = miniLm();
        Gazetteer gazetteer = Gazetteer.load();
        OccupationTasks tasks = OccupationTasks.load();
        SocCoder coder = new SocCoder();
        List<Advert> adverts = AdvertFile.read(new LocationParser(gazetteer));
        long started = System.nanoTime();
        List<IndexedAdvert> enriched = new Enrichment(coder, embedder, tasks, new EnrichmentCache(cache))
                .enrich(adverts).orElseThrow();
        System.out.printf(Locale.ROOT, "Enrichment of %,d real adverts (cache %s): %.1f s%n", adverts.size(), cache,
                seconds(started));

        List<JobQuery> queries = queries(warmUp + measured);
        if (which.equals("real") || which.equals("both")) {
            run("Real index", enriched.size(), () -> JobIndex.build(new ByteBuffersDirectory(), enriched), null,
                    queries, warmUp, gazetteer, embedder, coder, tasks);
        }
        if (which.equals("synthetic") || which.equals("both")) {
            Path folder = Files.createDirectories(Path.of("target", "benchmark-index"));
            try (Directory directory = FSDirectory.open(Files.createTempDirectory(folder, "synthetic"))) {
                run("SYNTHETIC index (built from the real adverts)", syntheticAdverts,
                        () -> JobIndex.build(directory, synthetic(enriched, syntheticAdverts),
                                new IndexWriterConfig().setRAMBufferSizeMB(512)),
                        directory, queries, warmUp, gazetteer, embedder, coder, tasks);
            } finally {
                deleteQuietly(folder);
            }
        }
    }

    private static void run(String name, int size, Supplier<JobIndex> build, @Nullable Directory onDisk,
            List<JobQuery> queries, int warmUp, Gazetteer gazetteer, TextEmbedder embedder, SocCoder coder,
            OccupationTasks tasks) throws IOException {
        System.gc();
        long heapBefore = heapUsed();
        long started = System.nanoTime();
        JobIndex index = build.get();
        double buildSeconds = seconds(started);
        System.gc();
        long heapAfter = heapUsed();
        HybridJobSearch search = new HybridJobSearch(() -> index, gazetteer, embedder, coder,
                new MatchExplainer(tasks, gazetteer));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size() - warmUp];
        long[] cpuNanos = new long[nanos.length];
        long results = 0;
        for (int i = 0; i < queries.size(); i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            results += search.search(queries.get(i)).results().size();
            if (i >= warmUp) {
                nanos[i - warmUp] = System.nanoTime() - start;
                cpuNanos[i - warmUp] = threads.getCurrentThreadCpuTime() - cpu;
            }
        }
        List<String> texts = queries.stream().map(JobQuery::text).filter(text -> !text.isEmpty()).limit(200).toList();
        long[] embedNanos = new long[texts.size()];
        for (int i = 0; i < embedNanos.length; i++) {
            long start = System.nanoTime();
            embedder.embed(texts.get(i));
            embedNanos[i] = System.nanoTime() - start;
        }

        long[] codeNanos = new long[texts.size()];
        for (int i = 0; i < codeNanos.length; i++) {
            long start = System.nanoTime();
            coder.code(texts.get(i));
            codeNanos[i] = System.nanoTime() - start;
        }

        System.out.println();
        System.out.println("## " + name);
        System.out.printf(Locale.ROOT, "adverts: %,d; semantic: %s; searches timed: %,d after %,d to warm up; "
                + "results returned: %,d%n", size, index.semantic(), nanos.length, warmUp, results);
        System.out.printf(Locale.ROOT, "build: %.1f s, one indexing thread%n", buildSeconds);
        System.out.printf(Locale.ROOT, "memory: heap in use after GC %,d MB, of which the index %,d MB; index files "
                + "%s; process RSS %,d MB (heap fixed with -Xms = -Xmx %,d MB)%n", heapAfter >> 20,
                Math.max(0, heapAfter - heapBefore) >> 20,
                onDisk == null ? "none (held on the heap)" : String.format(Locale.ROOT, "%,d MB, memory-mapped",
                        sizeOnDisk(onDisk) >> 20), rssMegabytes(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "search latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), percentile(nanos, 100));
        System.out.printf(Locale.ROOT, "search CPU time (the same searches, this thread only): p50 %.1f ms, "
                + "p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(cpuNanos, 50), percentile(cpuNanos, 90),
                percentile(cpuNanos, 99), percentile(cpuNanos, 100));
        System.out.printf(Locale.ROOT, "load average (1 min) at the end, on %d cores: %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "of which embedding the search alone: p50 %.1f ms, p99 %.1f ms; "
                + "coding it to SOC alone: p50 %.1f ms, p99 %.1f ms%n", percentile(embedNanos, 50),
                percentile(embedNanos, 99), percentile(codeNanos, 50), percentile(codeNanos, 99));
        index.close();
    }

    /** A seeded mix: most searches name a job and a place, some add a salary, a few are words or a place alone. */
    static List<JobQuery> queries(int count) {
        Random random = new Random(SEED);
        List<JobQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = random.nextInt(10) == 0 ? "" : SEARCHES.get(random.nextInt(SEARCHES.size()));
            String near = random.nextInt(5) == 0 && !text.isEmpty() ? null : PLACES.get(random.nextInt(PLACES.size()));
            Integer salary = random.nextInt(4) == 0 ? 25_000 + 5_000 * random.nextInt(8) : null;
            int page = random.nextInt(10) == 0 ? 2 : 1;
            queries.add(new JobQuery(text, near, RADII[random.nextInt(RADII.length)], salary, null, null, page,
                    JobQuery.DEFAULT_PAGE_SIZE));
        }
        return queries;
    }

    /** Streams {@code count} synthetic adverts recombined from the real ones (see the class comment). */
    static Iterable<IndexedAdvert> synthetic(List<IndexedAdvert> real, int count) {
        return () -> new Iterator<>() {
            private final Random random = new Random(SEED);
            private final LocalDate firstClosing = real.stream().map(a -> a.advert().closingDate())
                    .min(Comparator.naturalOrder()).orElseThrow();
            private final int closingDays = (int) (real.stream().map(a -> a.advert().closingDate())
                    .max(Comparator.naturalOrder()).orElseThrow().toEpochDay() - firstClosing.toEpochDay()) + 1;
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public IndexedAdvert next() {
                IndexedAdvert job = real.get(next % real.size());
                Advert place = real.get(random.nextInt(real.size())).advert();
                Advert pay = real.get(random.nextInt(real.size())).advert();
                Advert advert = new Advert("S" + next, job.advert().title(), job.advert().department(),
                        place.locationText(), place.location(), pay.salaryMin(), pay.salaryMax(),
                        firstClosing.plusDays(random.nextInt(closingDays)), job.advert().aboutTheJob());
                next++;
                return new IndexedAdvert(advert, job.socCode(), job.skills(), jitter(job.vector(), random));
            }
        };
    }

    private static float @Nullable [] jitter(float @Nullable [] vector, Random random) {
        if (vector == null) {
            return null;
        }
        float[] noisy = new float[vector.length];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            noisy[i] = vector[i] + (float) (random.nextGaussian() * 0.01);
            norm += noisy[i] * noisy[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] *= scale;
        }
        return noisy;
    }

    private static TextEmbedder miniLm() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return text -> {
            float[] vector = model.embed(text).content().vector();
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
            return vector;
        };
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(-1L);
        }
    }

    private static long sizeOnDisk(Directory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
