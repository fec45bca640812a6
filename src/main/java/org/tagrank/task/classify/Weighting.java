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
            case LOG_COUNT -> 1.0 + Math.log(tf);
            case TFIDF -> tf * idf;
            case LOG_TFIDF -> (1.0 + Math.log(tf)) * idf;
        };
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
