// Diagnostic for docs/bench-mctest.md: Richardson et al.'s SW and SW+D baselines under the
// tokenisers and stop lists the paper leaves open, on the given MCTest files (no training involved).
// Run from the repository root after `scripts/tagrank --version` has built the jar:
//   java -cp target/tagrank-0.1.0-all.jar scripts/McTestBaselineVariants.java $TAGRANK_CORPORA/mctest mc160.test mc500.test
// Prints one Markdown row per tokeniser and stop list. With --more as the first argument it prints a second
// table for the shipped, the PTB-like and stemmed tokens: the stop list may also be empty, the counts C(w) behind IC
// may be taken over every story of the file instead of this story alone, and ties may be broken for the
// first answer (A before B ...) instead of sharing the credit.
// With --prefixed before the other arguments, the question text keeps the file's "one: " / "multiple: " mark, as a
// baseline that read the question field as it stands would see it.
// With --stop-lists F1,F2 before the other arguments, the first table also runs D with each file's words (one per line,
// compared lower-cased) as the stop list U; with --window-tokens, SW's window is as long as the question's and the
// answer's tokens together (repeats counted) instead of the number of distinct words in S.
import org.tagrank.task.rank.McTestEval;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.TextNormalizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class McTestBaselineVariants {
    /** Whether the question keeps its "one:" / "multiple:" mark (--prefixed). */
    static boolean prefixed;
    /** Whether SW's window counts the question and answer tokens with repeats (--window-tokens). */
    static boolean windowTokens;
    /** Extra stop lists for the first table (--stop-lists), label to words. */
    static final Map<String, Set<String>> EXTRA_STOPS = new java.util.LinkedHashMap<>();

    static String question(McTestQuestion q) {
        return prefixed ? q.type().id() + ": " + q.text() : q.text();
    }

    static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    // PTB-like: clitics (n't, 's, 'll, ...) and each punctuation character are tokens of their own
    static final Pattern PTB = Pattern.compile("n't|N'T|'(?:s|S|ll|re|ve|m|d|LL|RE|VE|M|D)\\b|[A-Za-z0-9]+(?=n't)|[A-Za-z0-9]+|[^\\sA-Za-z0-9]");
    static final Set<String> SHORT = Set.of(("a an and are as at be but by for if in into is it no not of on or such that "
            + "the their then there these they this to was will with").split(" "));
    static final Set<String> STANDARD = Set.of(("i me my myself we our ours ourselves you your yours yourself "
            + "yourselves he him his himself she her hers herself it its itself they them their theirs themselves "
            + "what which who whom this that these those am is are was were be been being have has had having do "
            + "does did doing a an the and but if or because as until while of at by for with about against "
            + "between into through during before after above below to from up down in out on off over under "
            + "again further then once here there when where why how all any both each few more most other some "
            + "such no nor not only own same so than too very s t can will just don should now").split(" "));

    static List<String> regex(Pattern p, String text, boolean lower) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(lower ? m.group().toLowerCase(Locale.ROOT) : m.group());
        }
        return out;
    }

    static List<String> whitespace(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whitespace tokens, lower-cased, with punctuation stripped from both ends (didn't, tom's stay whole). */
    static List<String> edgeStripped(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            String w = t.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "").toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Punctuation characters deleted, then whitespace tokens, lower-cased (didn't -> didnt, tom's -> toms). */
    static List<String> punctuationDeleted(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.replaceAll("[^A-Za-z0-9\\s]", "").strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static double[] scores(List<String> p, Function<String, List<String>> tok, McTestQuestion q, Set<String> stop, boolean d) {
        Map<String, Integer> c = new HashMap<>();
        for (String w : p) {
            c.merge(w, 1, Integer::sum);
        }
        return scores(p, c, tok, q, stop, d);
    }

    /** Same, with the counts C(w) given (for IC over more than this story). */
    static double[] scores(List<String> p, Map<String, Integer> c, Function<String, List<String>> tok, McTestQuestion q,
                           Set<String> stop, boolean d) {
        Set<String> inStory = new java.util.HashSet<>(p);
        Set<String> qs = new LinkedHashSet<>(tok.apply(question(q)));
        double[] out = new double[4];
        for (int a = 0; a < 4; a++) {
            List<String> at = tok.apply(q.answers().get(a));
            Set<String> s = new LinkedHashSet<>(qs);
            s.addAll(at);
            int win = windowTokens ? tok.apply(question(q)).size() + at.size() : s.size();
            double best = 0;
            for (int j = 0; j < p.size(); j++) {
                double[] in = new double[win];
                int m = 0;
                for (int i = j; i < Math.min(p.size(), j + win); i++) {
                    if (s.contains(p.get(i))) {
                        in[m++] = Math.log(1 + 1.0 / c.get(p.get(i)));
                    }
                }
                Arrays.sort(in, 0, m); // same words, same sum: ties stay ties
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    sum += in[i];
                }
                best = Math.max(best, sum);
            }
            out[a] = best;
            if (d) {
                Set<String> sq = new LinkedHashSet<>();
                for (String w : qs) {
                    if (inStory.contains(w) && !stop.contains(w.toLowerCase(Locale.ROOT))) {
                        sq.add(w);
                    }
                }
                Set<String> sa = new LinkedHashSet<>();
                for (String w : at) {
                    if (inStory.contains(w) && !qs.contains(w) && !stop.contains(w.toLowerCase(Locale.ROOT))) {
                        sa.add(w);
                    }
                }
                double dist = 1;
                if (!sq.isEmpty() && !sa.isEmpty()) {
                    int lq = -1;
                    int la = -1;
                    int bd = Integer.MAX_VALUE;
                    for (int i = 0; i < p.size(); i++) {
                        if (sq.contains(p.get(i))) {
                            lq = i;
                            if (la >= 0) {
                                bd = Math.min(bd, i - la);
                            }
                        } else if (sa.contains(p.get(i))) {
                            la = i;
                            if (lq >= 0) {
                                bd = Math.min(bd, i - lq);
                            }
                        }
                    }
                    dist = bd / (double) (p.size() - 1);
                }
                out[a] -= dist;
            }
        }
        return out;
    }

    /** Scores made strictly ordered so that among tied answers the first one wins. */
    static double[] firstWins(double[] s) {
        double[] out = new double[s.length];
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                if (s[b] < s[a] || (s[b] == s[a] && b > a)) {
                    out[a]++;
                }
            }
        }
        return out;
    }

    static void more(String dir, List<String> sets, Map<String, Function<String, List<String>>> tokenisers,
                     Map<String, Set<String>> stops) throws Exception {
        StringBuilder head = new StringBuilder("| tokens | stop list (D) | IC counts | ties |");
        for (String set : sets) {
            head.append(' ').append(set).append(" SW | ").append(set).append(" SW+D |");
        }
        System.out.println(head);
        System.out.println("|---|---|---|---|" + "---|---|".repeat(sets.size()));
        for (var t : tokenisers.entrySet()) {
            for (var st : stops.entrySet()) {
                for (boolean fileCounts : new boolean[] {false, true}) {
                    for (boolean first : new boolean[] {false, true}) {
                        StringBuilder row = new StringBuilder("| " + t.getKey() + " | " + st.getKey() + " | "
                                + (fileCounts ? "all stories of the file" : "this story (shipped)") + " | "
                                + (first ? "first answer wins" : "shared 1/t (shipped)") + " |");
                        for (String set : sets) {
                            List<McTestStory> stories = McTestReader.read(Path.of(dir, set + ".tsv"), true);
                            Map<String, Integer> all = new HashMap<>();
                            for (McTestStory story : stories) {
                                for (String w : t.getValue().apply(story.text())) {
                                    all.merge(w, 1, Integer::sum);
                                }
                            }
                            for (boolean d : new boolean[] {false, true}) {
                                McTestEval e = new McTestEval();
                                for (McTestStory story : stories) {
                                    List<String> p = t.getValue().apply(story.text());
                                    Map<String, Integer> c = new HashMap<>();
                                    if (fileCounts) {
                                        c = all;
                                    } else {
                                        for (String w : p) {
                                            c.merge(w, 1, Integer::sum);
                                        }
                                    }
                                    for (McTestQuestion q : story.questions()) {
                                        double[] sc = scores(p, c, t.getValue(), q, st.getValue(), d);
                                        e.add(q, first ? firstWins(sc) : sc);
                                    }
                                }
                                row.append(String.format(Locale.ROOT, " %.2f |", 100 * e.accuracy()));
                            }
                        }
                        System.out.println(row);
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        while (args.length > 0 && (args[0].equals("--prefixed") || args[0].equals("--window-tokens")
                || args[0].equals("--stop-lists"))) {
            if (args[0].equals("--stop-lists")) {
                for (String f : args[1].split(",")) {
                    Set<String> words = new java.util.HashSet<>();
                    for (String line : java.nio.file.Files.readAllLines(Path.of(f))) {
                        if (!line.isBlank()) {
                            words.add(line.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                    EXTRA_STOPS.put(Path.of(f).getFileName() + " " + words.size(), words);
                }
                args = java.util.Arrays.copyOfRange(args, 2, args.length);
                continue;
            }
            prefixed |= args[0].equals("--prefixed");
            windowTokens |= args[0].equals("--window-tokens");
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length > 0 && args[0].equals("--more")) {
            Map<String, Function<String, List<String>>> tok = new java.util.LinkedHashMap<>();
            tok.put("words, lower-cased, punctuation dropped (shipped)", t -> regex(WORD, t, true));
            tok.put("PTB-like, lower-cased", t -> regex(PTB, t, true));
            tok.put("words, lower-cased, stemmed (TextNormalizer.stem)", t -> {
                List<String> w = regex(WORD, t, true);
                w.replaceAll(TextNormalizer::stem);
                return w;
            });
            Map<String, Set<String>> st = new java.util.LinkedHashMap<>();
            st.put("standard " + STANDARD.size() + " (shipped)", STANDARD);
            st.put("none", Set.of());
            more(args[1], List.of(args).subList(2, args.length), tok, st);
            return;
        }
        Map<String, Function<String, List<String>>> tokenisers = new java.util.LinkedHashMap<>();
        tokenisers.put("words, lower-cased, punctuation dropped (shipped)", t -> regex(WORD, t, true));
        tokenisers.put("words, case kept", t -> regex(WORD, t, false));
        tokenisers.put("PTB-like, punctuation and clitics as tokens, lower-cased", t -> regex(PTB, t, true));
        tokenisers.put("PTB-like, case kept", t -> regex(PTB, t, false));
        tokenisers.put("whitespace split, lower-cased (punctuation stays on words)", McTestBaselineVariants::whitespace);
        tokenisers.put("whitespace split, lower-cased, punctuation stripped from word ends (didn't, tom's kept)",
                McTestBaselineVariants::edgeStripped);
        tokenisers.put("punctuation deleted, whitespace split, lower-cased (didnt, toms)",
                McTestBaselineVariants::punctuationDeleted);
        Map<String, Set<String>> stops = new java.util.LinkedHashMap<>();
        stops.put("standard " + STANDARD.size() + " (shipped)", STANDARD);
        stops.put("TextNormalizer " + TextNormalizer.STOPWORDS.size(), TextNormalizer.STOPWORDS);
        stops.put("short " + SHORT.size(), SHORT);
        stops.putAll(EXTRA_STOPS);
        StringBuilder head = new StringBuilder("| tokens | stop list (D) |");
        for (int i = 1; i < args.length; i++) {
            head.append(' ').append(args[i]).append(" SW | ").append(args[i]).append(" SW+D |");
        }
        System.out.println(head);
        System.out.println("|---|---|" + "---|---|".repeat(args.length - 1));
        for (var t : tokenisers.entrySet()) {
            for (var s : stops.entrySet()) {
                StringBuilder row = new StringBuilder("| " + t.getKey() + " | " + s.getKey() + " |");
                for (int i = 1; i < args.length; i++) {
                    List<McTestStory> stories = McTestReader.read(Path.of(args[0], args[i] + ".tsv"), true);
                    for (boolean d : new boolean[] {false, true}) {
                        McTestEval e = new McTestEval();
                        for (McTestStory st : stories) {
                            List<String> p = t.getValue().apply(st.text());
                            for (McTestQuestion q : st.questions()) {
                                e.add(q, scores(p, t.getValue(), q, s.getValue(), d));
                            }
                        }
                        row.append(String.format(Locale.ROOT, " %.2f |", 100 * e.accuracy()));
                    }
                }
                System.out.println(row);
            }
        }
    }
}
