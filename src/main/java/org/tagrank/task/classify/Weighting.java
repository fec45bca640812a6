package org.tagrank.task.classify;

/** How a feature's count tf in a document (and its document frequency) becomes its value. */
public enum Weighting {
    /** 1 for every feature present. */
    BINARY("binary"),
    /** 1 + ln tf. */
    LOG_COUNT("log-count"),
    /** tf × idf. */
    TFIDF("tfidf"),
    /** (1 + ln tf) × idf, the sublinear tf-idf. */
    LOG_TFIDF("log-tfidf");

    private final String id;

    Weighting(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean usesIdf() {
        return this == TFIDF || this == LOG_TFIDF;
    }

    /** The value of a feature seen {@code tf} times with inverse document frequency {@code idf}. */
    public double value(int tf, double idf) {
        return switch (this) {
            case BINARY -> 1.0;
            case LOG_COUNT -> logTf(tf);
            case TFIDF -> tf * idf;
            case LOG_TFIDF -> logTf(tf) * idf;
        };
    }

    /** 1 + ln tf for small counts from a table (most counts are small; this runs per feature per document). */
    private static final double[] LOG_TF = new double[64];

    static {
        for (int tf = 1; tf < LOG_TF.length; tf++) {
            LOG_TF[tf] = 1.0 + Math.log(tf);
        }
    }

    private static double logTf(int tf) {
        return tf < LOG_TF.length ? LOG_TF[tf] : 1.0 + Math.log(tf);
    }

    /** Smoothed idf, ln((N+1)/(df+1)) + 1, positive for every df ≤ N. */
    public static double idf(int numDocs, int df) {
        return Math.log((numDocs + 1.0) / (df + 1.0)) + 1.0;
    }

    public static Weighting parse(String s) {
        for (Weighting w : values()) {
            if (w.id.equals(s)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown weighting '" + s + "' (expected binary, log-count, tfidf or log-tfidf)");
    }
}
