package uk.gov.signpost.model;

/** Turns text into a unit-length vector, so that cosine similarity is a dot product. Runs in process. */
public interface TextEmbedder {

    float[] embed(String text);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
