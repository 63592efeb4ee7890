package uk.gov.signpost.safety.internal;

import java.util.List;

/**
 * Fits a {@link LogisticModel} by full-batch gradient descent with L2 regularisation and balanced class weights.
 * No randomness, so the same data always gives the same weights.
 */
final class LogisticTraining {

    static final int ITERATIONS = 3000;
    static final double LEARNING_RATE = 2.0;
    static final double L2 = 1e-4;

    private LogisticTraining() {}

    static LogisticModel fit(List<float[]> vectors, int[] labels, List<Integer> rows) {
        int dims = vectors.get(0).length;
        double positives = rows.stream().filter(i -> labels[i] == 1).count();
        double negatives = rows.size() - positives;
        double positiveWeight = rows.size() / (2 * positives);
        double negativeWeight = rows.size() / (2 * negatives);
        double[] w = new double[dims];
        double b = 0;
        double[] gradient = new double[dims];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            double gradientB = 0;
            for (int i : rows) {
                float[] x = vectors.get(i);
                double z = b;
                for (int j = 0; j < dims; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = (p - labels[i]) * (labels[i] == 1 ? positiveWeight : negativeWeight);
                for (int j = 0; j < dims; j++) {
                    gradient[j] += error * x[j];
                }
                gradientB += error;
            }
            for (int j = 0; j < dims; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / rows.size() + L2 * w[j]);
            }
            b -= LEARNING_RATE * gradientB / rows.size();
        }
        float[] weights = new float[dims];
        for (int j = 0; j < dims; j++) {
            weights[j] = (float) w[j];
        }
        return new LogisticModel(weights, b);
    }
}
