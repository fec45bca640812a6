package org.tagrank.task.rank;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.io.UnicodeWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unlearned baselines of Richardson et al. (2013), Algorithms 1 and 2, kept apart from the
 * learned features so that their definition stays the paper's:
 * <ul>
 * <li>tokens: lower-cased maximal runs of letters and digits, with the combining marks that follow a letter or
 *     digit, in Unicode NFC ({@link UnicodeWords}); punctuation is dropped, so an apostrophe splits a word
 *     ({@code didn't} gives {@code didn}, {@code t});</li>
 * <li>{@code C(w)} counts w over the story's tokens, {@code IC(w) = log(1 + 1/C(w))};</li>
 * <li>SW: S = question tokens ∪ answer tokens (a set); the best sum of IC over the tokens of S in
 *     a window of |S| story tokens, over every start position;</li>
 * <li>D: S_Q = (Q ∩ P) \ U and S_A = ((A ∩ P) \ Q) \ U with U a stop word list; D = 1 when either
 *     is empty, else the fewest positions between an occurrence of a word of S_Q and one of S_A
 *     divided by |P| - 1;</li>
 * <li>SW+D scores SW − D.</li>
 * </ul>
 * The paper does not give its tokeniser or stop word list; docs/bench-mctest.md lists the
 * variants measured.
 */
public final class RichardsonBaseline {
    private static final Pattern TOKEN = UnicodeWords.WORD;

    /** A common English function-word list (the paper's own list U is not published). */
    static final Set<String> STOPWORDS = Set.of(("i me my myself we our ours ourselves you your yours yourself "
            + "yourselves he him his himself she her hers herself it its itself they them their theirs themselves "
            + "what which who whom this that these those am is are was were be been being have has had having do "
            + "does did doing a an the and but if or because as until while of at by for with about against "
            + "between into through during before after above below to from up down in out on off over under "
            + "again further then once here there when where why how all any both each few more most other some "
            + "such no nor not only own same so than too very s t can will just don should now").split(" "));

    private final String[] passage;
    private final Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();

    public RichardsonBaseline(String story) {
        passage = tokens(story).toArray(new String[0]);
        counts.defaultReturnValue(0);
        for (String t : passage) {
            counts.addTo(t, 1);
        }
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(UnicodeWords.nfc(text));
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    double ic(String w) {
        int c = counts.getInt(w);
        return c == 0 ? 0.0 : Math.log(1.0 + 1.0 / c);
    }

    /** SW for each answer. */
    public double[] slidingWindow(McTestQuestion q) {
        Set<String> qs = new LinkedHashSet<>(tokens(q.text()));
        double[] out = new double[q.answers().size()];
        for (int a = 0; a < out.length; a++) {
            Set<String> s = new LinkedHashSet<>(qs);
            s.addAll(tokens(q.answers().get(a)));
            out[a] = slidingWindow(s);
        }
        return out;
    }

    private double slidingWindow(Set<String> s) {
        int n = passage.length;
        int window = s.size();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = s.contains(passage[i]) ? ic(passage[i]) : 0;
        }
        // window start j covers [j, j + |S|), cut at the story's end
        return LexicalScores.bestWindow(w, window);
    }

    /** D for each answer. */
    public double[] distance(McTestQuestion q) {
        List<String> qt = tokens(q.text());
        Set<String> sq = new LinkedHashSet<>();
        for (String w : qt) {
            if (counts.getInt(w) > 0 && !STOPWORDS.contains(w)) {
                sq.add(w);
            }
        }
        double[] out = new double[q.answers().size()];
        for (int a = 0; a < out.length; a++) {
            Set<String> sa = new LinkedHashSet<>();
            for (String w : tokens(q.answers().get(a))) {
                if (counts.getInt(w) > 0 && !qt.contains(w) && !STOPWORDS.contains(w)) {
                    sa.add(w);
                }
            }
            out[a] = distance(sq, sa);
        }
        return out;
    }

    private double distance(Set<String> sq, Set<String> sa) {
        if (sq.isEmpty() || sa.isEmpty() || passage.length < 2) {
            return 1.0;
        }
        int lastQ = -1;
        int lastA = -1;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < passage.length; i++) {
            // S_A excludes question words, so a token is in at most one of the sets
            if (sq.contains(passage[i])) {
                lastQ = i;
                if (lastA >= 0) {
                    best = Math.min(best, i - lastA);
                }
            } else if (sa.contains(passage[i])) {
                lastA = i;
                if (lastQ >= 0) {
                    best = Math.min(best, i - lastQ);
                }
            }
        }
        return best / (double) (passage.length - 1);
    }

    /** SW − D for each answer. */
    public double[] slidingWindowMinusDistance(McTestQuestion q) {
        double[] sw = slidingWindow(q);
        double[] d = distance(q);
        for (int i = 0; i < sw.length; i++) {
            sw[i] -= d[i];
        }
        return sw;
    }
}
