package uk.gov.signpost.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's geometry, worked out on the server so that the page draws it as plain SVG attributes: no JavaScript
 * and no inline styles, so a strict Content-Security-Policy allows it. Colours come from CSS classes. The same
 * rows fill the table beside it, for screen readers and for anyone who prefers numbers.
 *
 * @param id a stable id for the chart's heading and table
 * @param series the names of the series, one CSS class each ({@code signpost-chart__series-N})
 * @param rows one row per label (a day, a kind), with a value per series
 * @param bars the drawn rectangles (bar charts)
 * @param lines the drawn polylines (line charts), one per series
 * @param ticks the y-axis labels and their positions
 */
record Chart(String id, String unit, List<String> series, List<Row> rows, List<Bar> bars, List<Line> lines,
        List<Tick> ticks, List<Label> labels, boolean empty) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int BOTTOM = 40;
    static final int TOP = 12;

    /** One label's values, one per series. */
    record Row(String label, List<Double> values, List<String> shown) {}

    record Bar(double x, double y, double width, double height, int series, String title) {}

    record Line(String points, int series) {}

    record Tick(double y, String label) {}

    record Label(double x, String text) {}

    /** Bars side by side for each label, one per series. */
    static Chart bars(String id, String unit, List<String> series, List<Row> rows) {
        double max = niceMax(rows);
        double plotWidth = WIDTH - LEFT - 8;
        double slot = rows.isEmpty() ? plotWidth : plotWidth / rows.size();
        double barWidth = Math.max(2, slot * 0.7 / Math.max(1, series.size()));
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double start = LEFT + i * slot + slot * 0.15;
            for (int s = 0; s < series.size(); s++) {
                double value = row.values().get(s);
                double height = max == 0 ? 0 : value / max * (HEIGHT - TOP - BOTTOM);
                bars.add(new Bar(round(start + s * barWidth), round(HEIGHT - BOTTOM - height), round(barWidth - 1),
                        round(height), s, row.label() + ", " + series.get(s) + ": " + row.shown().get(s)));
            }
            labels.add(new Label(round(LEFT + i * slot + slot / 2), row.label()));
        }
        return new Chart(id, unit, series, rows, bars, List.of(), ticks(max), thin(labels), allZero(rows));
    }

    /** One line per series across the labels. */
    static Chart lines(String id, String unit, List<String> series, List<Row> rows) {
        double max = niceMax(rows);
        double plotWidth = WIDTH - LEFT - 8;
        double step = rows.size() <= 1 ? 0 : plotWidth / (rows.size() - 1);
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                double value = rows.get(i).values().get(s);
                double y = HEIGHT - BOTTOM - (max == 0 ? 0 : value / max * (HEIGHT - TOP - BOTTOM));
                points.append(i == 0 ? "" : " ").append(fmt(LEFT + i * step)).append(',').append(fmt(y));
            }
            lines.add(new Line(points.toString(), s));
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            labels.add(new Label(round(LEFT + i * step), rows.get(i).label()));
        }
        return new Chart(id, unit, series, rows, List.of(), lines, ticks(max), thin(labels), allZero(rows));
    }

    private static List<Tick> ticks(double max) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            ticks.add(new Tick(round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * i / 4.0), number(value)));
        }
        return ticks;
    }

    /** At most eight labels along the axis, so they never overlap; the table has them all. */
    private static List<Label> thin(List<Label> labels) {
        int every = Math.max(1, (int) Math.ceil(labels.size() / 8.0));
        List<Label> kept = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += every) {
            kept.add(labels.get(i));
        }
        return kept;
    }

    private static boolean allZero(List<Row> rows) {
        return rows.stream().flatMap(r -> r.values().stream()).allMatch(v -> v == 0);
    }

    private static double niceMax(List<Row> rows) {
        double max = rows.stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
