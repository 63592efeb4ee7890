package uk.gov.signpost.pilot.internal;

/**
 * Confidence intervals for proportions at 95%: the Wilson score interval for one rate (it behaves at 0, at 100%
 * and with few people, where the textbook "Wald" interval does not), and Newcombe's hybrid interval for the
 * difference of two rates (method 10 in Newcombe, 1998), built from the two Wilson intervals.
 */
public final class Wilson {

    static final double Z95 = 1.959963984540054;

    private Wilson() {}

    /** A rate with its interval; all three are 0 when there is nobody to count. */
    public record Interval(double estimate, double low, double high) {}

    static Interval rate(long successes, long trials) {
        if (trials <= 0) {
            return new Interval(0, 0, 0);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The difference b minus a, with Newcombe's interval. */
    static Interval difference(long successesA, long trialsA, long successesB, long trialsB) {
        Interval a = rate(successesA, trialsA);
        Interval b = rate(successesB, trialsB);
        double d = b.estimate() - a.estimate();
        double low = d - Math.sqrt(Math.pow(b.estimate() - b.low(), 2) + Math.pow(a.high() - a.estimate(), 2));
        double high = d + Math.sqrt(Math.pow(b.high() - b.estimate(), 2) + Math.pow(a.estimate() - a.low(), 2));
        return new Interval(d, Math.max(-1, low), Math.min(1, high));
    }
}
