package uk.gov.signpost.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What the machine was doing, for the report: load average and the other work running beside the harness. */
final class Machine {

    private Machine() {}

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Other processes using CPU beside this JVM and its children, by kind (for example "3 Maven builds"). */
    static String otherWork() {
        long self = ProcessHandle.current().pid();
        java.util.Set<Long> ours = new java.util.HashSet<>();
        for (ProcessHandle p = ProcessHandle.current(); p != null; p = p.parent().orElse(null)) {
            ours.add(p.pid()); // this JVM and the build that started it
        }
        Map<String, Integer> kinds = new TreeMap<>();
        ProcessHandle.allProcesses()
                .filter(p -> !ours.contains(p.pid()) && p.parent().map(parent -> parent.pid() != self).orElse(true))
                .forEach(p -> {
                    String args = p.info().commandLine().orElse("");
                    String kind = args.contains("plexus-classworlds") ? "Maven builds"
                            : args.contains("surefire") || args.contains("failsafe") ? "test JVMs"
                            : args.contains("chrom") && args.contains("--type=renderer") ? "Chromium renderers"
                            : args.contains("java") && args.contains("-jar") ? "other Java applications"
                            : null;
                    if (kind != null) {
                        kinds.merge(kind, 1, Integer::sum);
                    }
                });
        StringBuilder out = new StringBuilder();
        kinds.forEach((kind, count) -> out.append(out.isEmpty() ? "" : ", ").append(count).append(' ')
                .append(count == 1 ? singular(kind) : kind));
        return out.isEmpty() ? "nothing else of note" : out.toString();
    }

    /** "1 Maven build", "1 test JVM", "1 other Java application". */
    static String singular(String kind) {
        return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
    }
}
