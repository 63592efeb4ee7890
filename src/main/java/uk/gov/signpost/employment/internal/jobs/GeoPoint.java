package uk.gov.signpost.employment.internal.jobs;

import org.apache.lucene.util.SloppyMath;

/** A point on the map in WGS84 degrees. */
record GeoPoint(double latitude, double longitude) {

    private static final double METRES_PER_MILE = 1609.344;

    GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
        }
    }

    /** The great-circle distance in miles, with Lucene's fast haversine ({@link SloppyMath}). */
    double milesTo(GeoPoint other) {
        return SloppyMath.haversinMeters(latitude, longitude, other.latitude, other.longitude) / METRES_PER_MILE;
    }
}
