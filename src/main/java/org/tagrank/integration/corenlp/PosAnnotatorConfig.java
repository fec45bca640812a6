package org.tagrank.integration.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.tagrank.task.pos.PosTagger;

/**
 * The settings of one {@link PosAnnotator}, read from the {@code name.*} keys of CoreNLP properties
 * (plus the global {@code nthreads} fallback, as CoreNLP's own {@code pos} annotator does). Unknown
 * {@code name.*} keys are rejected so that a typo such as {@code trpos.modle} fails instead of being ignored.
 *
 * @param name     annotator name, e.g. {@code trpos}
 * @param model    model location: file path, classpath resource or URL
 * @param lexicon  user lexicon location, or null for none
 * @param nthreads threads used to tag the sentences of one document (at least 1)
 * @param maxlen   longest sentence (in tokens) tagged in one piece; {@link Integer#MAX_VALUE} = no limit
 * @param policy   what to do with a sentence longer than {@code maxlen}
 * @param upos     whether to also set CoreNLP's CoarseTagAnnotation to the UPOS tag
 * @param beam     beam width (1 = greedy), or 0 for the model's own setting
 */
public record PosAnnotatorConfig(String name, String model, String lexicon, int nthreads, int maxlen,
                                 MaxLengthPolicy policy, boolean upos, int beam) {

    /** What to do with a sentence longer than {@code maxlen}; never silently tag it with placeholders. */
    public enum MaxLengthPolicy {
        /** Stop annotating the document with an error that names the sentence. */
        FAIL,
        /** Tag the sentence in consecutive pieces of at most {@code maxlen} tokens. */
        SPLIT;

        /** In any case, as the boolean keys and CoreNLP's {@code -outputFormat CONLLU}: 'SPLIT' failed the pipeline. */
        static MaxLengthPolicy parse(String key, String value) {
            for (MaxLengthPolicy p : values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p;
                }
            }
            throw new IllegalArgumentException(key + " must be 'fail' or 'split', got '" + value + "'");
        }
    }

    public static final String MODEL = "model";
    public static final String LEXICON = "lexicon";
    public static final String NTHREADS = "nthreads";
    public static final String MAXLEN = "maxlen";
    public static final String MAXLEN_POLICY = "maxlen.policy";
    public static final String UPOS = "upos";
    public static final String BEAM = "beam";
    /** Largest beam width a POS model accepts. */
    public static final int MAX_BEAM = 64;
    /** Every key suffix this annotator understands, i.e. the keys {@code name + "." + suffix}. */
    public static final List<String> KEYS = List.of(MODEL, LEXICON, NTHREADS, MAXLEN, MAXLEN_POLICY, UPOS, BEAM);

    public PosAnnotatorConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("annotator name must not be blank");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(name + "." + MODEL + " must not be blank");
        }
        if (lexicon != null && lexicon.isBlank()) {
            throw new IllegalArgumentException(name + "." + LEXICON + " must not be blank when given");
        }
        org.tagrank.core.Checks.threads(nthreads, name + "." + NTHREADS);
        if (maxlen < 1) {
            throw new IllegalArgumentException(name + "." + MAXLEN + " must be at least 1, got " + maxlen);
        }
        Objects.requireNonNull(policy, "policy");
        if (beam < 0 || beam > MAX_BEAM) {
            throw new IllegalArgumentException(name + "." + BEAM + " must be in 1.." + MAX_BEAM + ", got " + beam);
        }
    }

    /** The defaults: bundled model, no lexicon, one thread, no length limit, XPOS only, the model's beam. */
    public static PosAnnotatorConfig defaults(String name) {
        return new PosAnnotatorConfig(name, PosTagger.DEFAULT_MODEL, null, 1, Integer.MAX_VALUE,
                MaxLengthPolicy.FAIL, false, 0);
    }

    /**
     * Reads the {@code name.*} keys of {@code props} (and the global {@code nthreads} when
     * {@code name.nthreads} is absent). Values are trimmed, since properties files often carry
     * trailing blanks.
     *
     * @throws IllegalArgumentException for an unknown {@code name.*} key or a bad value, naming the key
     */
    public static PosAnnotatorConfig fromProperties(String name, Properties props) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("annotator name must not be blank");
        }
        String prefix = name + ".";
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(prefix) && !KEYS.contains(key.substring(prefix.length()))) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown propert" + (unknown.size() == 1 ? "y " : "ies ")
                    + String.join(", ", unknown) + "; " + name + " understands "
                    + String.join(", ", KEYS.stream().map(k -> prefix + k).toList()));
        }
        String model = get(props, prefix + MODEL);
        String lexicon = get(props, prefix + LEXICON);
        String threadsKey = get(props, prefix + NTHREADS) != null ? prefix + NTHREADS
                : get(props, NTHREADS) != null ? NTHREADS : null;
        // the global nthreads is the whole pipeline's setting, not an error of ours: above the limit it is capped
        int nthreads = threadsKey == null ? 1 : threadsKey.equals(NTHREADS)
                ? Math.min(positiveInt(NTHREADS, get(props, NTHREADS)), org.tagrank.core.Checks.MAX_THREADS)
                : threadCount(threadsKey, get(props, threadsKey));
        String maxlenValue = get(props, prefix + MAXLEN);
        int maxlen = maxlenValue == null ? Integer.MAX_VALUE : positiveInt(prefix + MAXLEN, maxlenValue);
        String policyValue = get(props, prefix + MAXLEN_POLICY);
        if (policyValue != null && maxlenValue == null) {
            throw new IllegalArgumentException(prefix + MAXLEN_POLICY + " is set but " + prefix + MAXLEN
                    + " is not; set " + prefix + MAXLEN + " to the longest sentence to tag in one piece");
        }
        MaxLengthPolicy policy = policyValue == null ? MaxLengthPolicy.FAIL
                : MaxLengthPolicy.parse(prefix + MAXLEN_POLICY, policyValue);
        String uposValue = get(props, prefix + UPOS);
        boolean upos = uposValue != null && bool(prefix + UPOS, uposValue);
        String beamValue = get(props, prefix + BEAM);
        int beam = beamValue == null ? 0 : positiveInt(prefix + BEAM, beamValue);
        return new PosAnnotatorConfig(name, model == null ? PosTagger.DEFAULT_MODEL : model, lexicon,
                nthreads, maxlen, policy, upos, beam);
    }

    private static String get(Properties props, String key) {
        String value = props.getProperty(key);
        return value == null ? null : value.trim();
    }

    /** 1..{@link org.tagrank.core.Checks#MAX_THREADS}: 100,000 started a thread per sentence of a long document. */
    private static int threadCount(String key, String value) {
        int n = positiveInt(key, value);
        if (n > org.tagrank.core.Checks.MAX_THREADS) {
            throw new IllegalArgumentException(key + " must be in 1.." + org.tagrank.core.Checks.MAX_THREADS + ", got '"
                    + value + "'");
        }
        return n;
    }

    private static int positiveInt(String key, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive integer, got '" + value + "'");
        }
        if (n < 1) {
            throw new IllegalArgumentException(key + " must be a positive integer, got '" + value + "'");
        }
        return n;
    }

    // Strict, unlike Boolean.parseBoolean: "ture" must not silently mean false.
    private static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be 'true' or 'false', got '" + value + "'");
        };
    }
}
