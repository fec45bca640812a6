// Experiment for docs/bench-mctest.md, "Dependency features" (not part of the library): do scores read off CoreNLP's
// dependency parses of the story, the question and the answers help the MCTest ranker? Each train+dev story, question
// and answer is parsed once (tokenize, ssplit, pos, lemma, depparse; the basic tree, or with --graph=enhanced the
// enhanced++ graph) and cached as token and edge rows under target/mctest-dep/{basic,enhanced}/ (derived from MCTest:
// never commit them), so re-runs skip CoreNLP. Per (question, answer), with Q the question's content lemmas and A the
// answer's content lemmas not in Q, over the story's sentences:
//   dep_edge  the most edges in one sentence joining an A token and a Q token
//   dep_path  1 / the shortest path (edges either way) from an A token to a Q token in one sentence
//   dep_slot  1 when an A token depends on a story token whose lemma is the question's wh-word head ("eat" in "What did
//             Sally eat?") by the wh-word's relation (obj), 0.5 by another (0 for light verbs: be, have, do, ...)
//   dep_sub   1 when an A token lies below a story token with that head lemma
// each as value, .rel and .top, plainly and after the question word, added to the shipped features. Five-fold CV over
// the MC160+MC500 train and dev stories (fold = story index mod 5, as in McTestCrossValidation; --shuffle=SEED
// permutes the stories first), LR L-BFGS, 100 iterations, no early stopping, l2 0.01 and 0.03; train -> dev as well.
// --only=dep_edge,... keeps only the named scores (the others set to 0). No test data is read. Run: scripts/cv-mctest-dep.
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.tagrank.feature.FeatureSink;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.task.rank.McTestCrossValidation;
import org.tagrank.task.rank.McTestFeatures;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.StoryIndex;
import org.tagrank.task.rank.TextNormalizer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

public class McTestDepCv {
    /** One sentence's dependency graph: lemmas (lower-cased), PTB tags, and edges (governor, dependent, relation). */
    record Parse(String[] lemmas, String[] tags, int[] governors, int[] dependents, String[] relations) {
        int size() {
            return lemmas.length;
        }

        String lemma(int i) {
            return lemmas[i];
        }

        String tag(int i) {
            return tags[i];
        }

        int edges() {
            return governors.length;
        }

        int governor(int k) {
            return governors[k];
        }

        int dependent(int k) {
            return dependents[k];
        }

        String relation(int k) {
            return relations[k];
        }
    }

    /** Score names, in the order of {@link #scores}. */
    static final List<String> NAMES = List.of("dep_edge", "dep_path", "dep_slot", "dep_sub");

    private static final Set<String> WH = Set.of("what", "who", "where", "when", "why", "how", "which", "whose",
            "whom");
    /** Verbs too common to anchor a match (also kept out of the content lemmas). */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "get", "go", "say", "make", "take");

    /** scores[answer][score] for one question; answers[a] is the parse of answer a. */
    static double[][] scores(List<Parse> story, List<Parse> question,
                                List<List<Parse>> answers) {
        Set<String> q = content(question);
        String slotHead = null;
        String slotRel = null;
        for (Parse s : question) {
            for (int k = 0; k < s.edges() && slotHead == null; k++) {
                if (WH.contains(s.lemma(s.dependent(k)))) {
                    slotHead = s.lemma(s.governor(k));
                    slotRel = s.relation(k);
                }
            }
        }
        boolean slot = slotHead != null && !LIGHT.contains(slotHead);
        double[][] out = new double[answers.size()][NAMES.size()];
        for (int a = 0; a < out.length; a++) {
            Set<String> ans = content(answers.get(a));
            ans.removeAll(q);
            if (!ans.isEmpty()) {
                score(story, q, ans, slot ? slotHead : null, slotRel, out[a]);
            }
        }
        return out;
    }

    private static void score(List<Parse> story, Set<String> q, Set<String> ans, String slotHead,
                              String slotRel, double[] out) {
        for (Parse s : story) {
            int n = s.size();
            boolean[] isA = new boolean[n];
            boolean[] isQ = new boolean[n];
            boolean anyA = false;
            boolean anyQ = false;
            for (int i = 0; i < n; i++) {
                isA[i] = ans.contains(s.lemma(i));
                isQ[i] = q.contains(s.lemma(i));
                anyA |= isA[i];
                anyQ |= isQ[i];
            }
            if (!anyA) {
                continue;
            }
            if (anyQ) {
                int edges = 0;
                for (int k = 0; k < s.edges(); k++) {
                    int g = s.governor(k);
                    int d = s.dependent(k);
                    if ((isA[d] && isQ[g]) || (isQ[d] && isA[g])) {
                        edges++;
                    }
                }
                out[0] = Math.max(out[0], edges);
                int d = distance(s, isA, isQ);
                if (d > 0) {
                    out[1] = Math.max(out[1], 1.0 / d);
                }
            }
            if (slotHead != null) {
                boolean[] below = new boolean[n];
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                for (int k = 0; k < s.edges(); k++) {
                    int g = s.governor(k);
                    int d = s.dependent(k);
                    if (isA[d] && s.lemma(g).equals(slotHead)) {
                        out[2] = Math.max(out[2], s.relation(k).equals(slotRel) ? 1 : 0.5);
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (s.lemma(i).equals(slotHead)) {
                        below[i] = true;
                        queue.add(i);
                    }
                }
                while (!queue.isEmpty()) { // the tokens below a slot-head token (visited once: graphs may have cycles)
                    int x = queue.poll();
                    for (int k = 0; k < s.edges(); k++) {
                        int d = s.dependent(k);
                        if (s.governor(k) == x && !below[d]) {
                            below[d] = true;
                            queue.add(d);
                            if (isA[d]) {
                                out[3] = 1;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Fewest edges (either direction) from an A token to a Q token that is not also an A token (0: none). */
    static int distance(Parse s, boolean[] isA, boolean[] isQ) {
        int n = s.size();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (isA[i]) {
                dist[i] = 0;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int x = queue.poll();
            if (isQ[x] && !isA[x]) {
                return dist[x];
            }
            for (int k = 0; k < s.edges(); k++) {
                int y = s.governor(k) == x ? s.dependent(k) : s.dependent(k) == x ? s.governor(k) : -1;
                if (y >= 0 && dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue.add(y);
                }
            }
        }
        return 0;
    }

    /** Content lemmas: nouns, verbs, adjectives, adverbs and numbers that are not stop words, wh-words or light verbs. */
    static Set<String> content(List<Parse> sentences) {
        Set<String> out = new HashSet<>();
        for (Parse s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String l = s.lemma(i);
                String t = s.tag(i);
                boolean open = t.startsWith("NN") || t.startsWith("VB") || t.startsWith("JJ") || t.startsWith("RB")
                        || t.equals("CD");
                if (open && !TextNormalizer.isStopword(l) && !WH.contains(l) && !LIGHT.contains(l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * The shipped features plus the dependency scores (scores[answer][score]), each as value, .rel (minus the best
     * answer's) and .top (unique best, when above 0), plainly and after "w=" + McTestFeatures' question word.
     */
    static List<Consumer<FeatureSink>> extract(StoryIndex story, McTestQuestion q, double[][] dependency) {
        List<Consumer<FeatureSink>> base = McTestFeatures.extract(story, q);
        int nf = NAMES.size();
        double[] max = new double[nf];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : dependency) {
            for (int f = 0; f < nf; f++) {
                max[f] = Math.max(max[f], row[f]);
            }
        }
        List<String> prefixes = List.of("", "w=" + McTestFeatures.questionWord(TextNormalizer.words(q.text())) + "|");
        List<Consumer<FeatureSink>> out = new ArrayList<>(base.size());
        for (int a = 0; a < base.size(); a++) {
            Consumer<FeatureSink> plain = base.get(a);
            double[] row = dependency[a];
            out.add(sink -> {
                plain.accept(sink);
                for (String p : prefixes) {
                    for (int f = 0; f < nf; f++) {
                        sink.add(p + NAMES.get(f), row[f]);
                        sink.add(p + NAMES.get(f) + ".rel", row[f] - max[f]);
                        int ties = 0;
                        for (double[] other : dependency) {
                            ties += other[f] == max[f] ? 1 : 0;
                        }
                        if (row[f] == max[f] && max[f] > 0 && ties == 1) {
                            sink.add(p + NAMES.get(f) + ".top");
                        }
                    }
                }
            });
        }
        return out;
    }

    /** CoreNLP's basic tree or enhanced++ graph of each sentence of the text. */
    static List<Parse> parse(StanfordCoreNLP pipeline, String text, boolean enhanced) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<Parse> out = new ArrayList<>();
        for (CoreSentence sent : doc.sentences()) {
            List<CoreLabel> toks = sent.tokens();
            String[] lemmas = new String[toks.size()];
            String[] tags = new String[toks.size()];
            for (int i = 0; i < toks.size(); i++) {
                lemmas[i] = toks.get(i).lemma().toLowerCase(Locale.ROOT);
                tags[i] = toks.get(i).tag();
            }
            SemanticGraph g = sent.coreMap().get(enhanced
                    ? SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class
                    : SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            List<SemanticGraphEdge> edges = new ArrayList<>();
            g.edgeIterable().forEach(edges::add);
            int[] gov = new int[edges.size()];
            int[] dep = new int[edges.size()];
            String[] rel = new String[edges.size()];
            for (int k = 0; k < edges.size(); k++) { // enhanced++ copy nodes share their word's index
                gov[k] = edges.get(k).getGovernor().index() - 1;
                dep[k] = edges.get(k).getDependent().index() - 1;
                rel[k] = edges.get(k).getRelation().toString();
            }
            out.add(new Parse(lemmas, tags, gov, dep, rel));
        }
        return out;
    }

    /** A story's parses: its sentences, each question's sentences and each answer's sentences. */
    record Parsed(List<Parse> story, List<List<Parse>> questions, List<List<List<Parse>>> answers) {
    }

    

    public static void main(String[] args) throws Exception {
        List<McTestStory> stories = new ArrayList<>();
        Set<String> only = null;
        long shuffle = -1;
        boolean enhanced = false;
        for (String a : args) {
            if (a.startsWith("--graph=")) {
                enhanced = a.equals("--graph=enhanced");
            } else if (a.startsWith("--shuffle=")) {
                shuffle = Long.parseLong(a.substring("--shuffle=".length()));
            } else if (a.startsWith("--only=")) {
                only = Set.of(a.substring("--only=".length()).split(","));
            } else {
                stories.addAll(McTestReader.read(Path.of(a), true));
            }
        }
        Path cache = Path.of("target", "mctest-dep", enhanced ? "enhanced" : "basic");
        Files.createDirectories(cache);
        Map<String, Parsed> parsed = parseAll(stories, cache, enhanced);
        if (shuffle >= 0) {
            java.util.Collections.shuffle(stories, new java.util.Random(shuffle));
        }
        Map<McTestQuestion, List<Consumer<FeatureSink>>> base = new IdentityHashMap<>();
        Map<McTestQuestion, List<Consumer<FeatureSink>>> plus = new IdentityHashMap<>();
        int[] fired = new int[NAMES.size()];
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            Parsed p = parsed.get(s.id());
            for (int qi = 0; qi < s.questions().size(); qi++) {
                McTestQuestion q = s.questions().get(qi);
                List<Consumer<FeatureSink>> b = McTestFeatures.extract(idx, q);
                base.put(q, b);
                double[][] v = scores(p.story(), p.questions().get(qi), p.answers().get(qi));
                if (only != null) {
                    for (double[] row : v) {
                        for (int f = 0; f < NAMES.size(); f++) {
                            row[f] = only.contains(NAMES.get(f)) ? row[f] : 0;
                        }
                    }
                }
                for (double[] row : v) {
                    for (int f = 0; f < NAMES.size(); f++) {
                        fired[f] += row[f] > 0 ? 1 : 0;
                    }
                }
                plus.put(q, extract(idx, q, v));
            }
        }
        for (int f = 0; f < NAMES.size(); f++) {
            System.err.printf(Locale.ROOT, "%s > 0 for %d answers%n", NAMES.get(f), fired[f]);
        }
        System.out.println("| features | l2 | CV all (1800) | CV MC160 stories (400) | CV MC500 stories (1400) | train -> dev (320) |");
        System.out.println("|---|---|---|---|---|---|");
        for (double l2 : new double[] {0.01, 0.03}) {
            row("shipped features", l2, stories, base);
            row("+ dependency" + (only == null ? "" : " " + only), l2, stories, plus);
        }
    }

    static void row(String name, double l2, List<McTestStory> stories, Map<McTestQuestion, List<Consumer<FeatureSink>>> feats) {
        McTestCrossValidation.Split r = McTestCrossValidation.run(stories, feats::get, config(l2), 5);
        double dev = McTestCrossValidation.trainDev(stories, feats::get, config(l2));
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |%n", name, l2, 100 * r.all(),
                100 * r.mc160(), 100 * r.mc500(), 100 * dev);
    }

    // --- annotation and cache: one file per story; blocks "S", "Q i", "A i j", each sentence's rows
    //     lemma TAB pos TAB head TAB rel, sentences separated by a blank line, blocks by a line "#block"

    static Map<String, Parsed> parseAll(List<McTestStory> stories, Path cache, boolean enhanced)
            throws Exception {
        Map<String, Parsed> out = new java.util.HashMap<>();
        StanfordCoreNLP pipeline = null;
        long t0 = System.nanoTime();
        int done = 0;
        for (McTestStory s : stories) {
            Path f = cache.resolve(s.id() + ".dep");
            if (!Files.exists(f)) {
                if (pipeline == null) {
                    Properties p = new Properties();
                    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
                    pipeline = new StanfordCoreNLP(p);
                }
                StringBuilder sb = new StringBuilder();
                sb.append("#block S\n").append(rows(parse(pipeline, s.text(), enhanced)));
                for (McTestQuestion q : s.questions()) {
                    sb.append("#block Q\n").append(rows(parse(pipeline, q.text(), enhanced)));
                    for (String a : q.answers()) {
                        sb.append("#block A\n").append(rows(parse(pipeline, a, enhanced)));
                    }
                }
                Path tmp = cache.resolve(s.id() + ".dep.tmp");
                Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                if (++done % 50 == 0) {
                    System.err.printf(Locale.ROOT, "%d stories parsed, %.0f s%n", done, (System.nanoTime() - t0) / 1e9);
                }
            }
            out.put(s.id(), read(f, s));
        }
        System.err.printf(Locale.ROOT, "parsed %d of %d stories in %.0f s%n", done, stories.size(), (System.nanoTime() - t0) / 1e9);
        return out;
    }

    /** Per sentence: "T lemma tag" per token, then "E governor dependent relation" per edge, then a blank line. */
    static String rows(List<Parse> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Parse p : sentences) {
            for (int i = 0; i < p.size(); i++) {
                sb.append("T\t").append(p.lemma(i).replace('\t', ' ')).append('\t').append(p.tag(i)).append('\n');
            }
            for (int k = 0; k < p.edges(); k++) {
                sb.append("E\t").append(p.governor(k)).append('\t').append(p.dependent(k)).append('\t')
                        .append(p.relation(k)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static Parsed read(Path f, McTestStory s) throws Exception {
        List<List<Parse>> blocks = new ArrayList<>();
        List<Parse> cur = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("#block")) {
                cur = new ArrayList<>();
                blocks.add(cur);
            } else if (line.isEmpty()) {
                if (!rows.isEmpty()) {
                    cur.add(toParse(rows));
                    rows.clear();
                }
            } else {
                rows.add(line.split("\t", -1));
            }
        }
        List<Parse> story = blocks.get(0);
        List<List<Parse>> qs = new ArrayList<>();
        List<List<List<Parse>>> as = new ArrayList<>();
        int k = 1;
        for (McTestQuestion q : s.questions()) {
            qs.add(blocks.get(k++));
            List<List<Parse>> a = new ArrayList<>();
            for (int j = 0; j < q.answers().size(); j++) {
                a.add(blocks.get(k++));
            }
            as.add(a);
        }
        return new Parsed(story, qs, as);
    }

    static Parse toParse(List<String[]> rows) {
        List<String> lemma = new ArrayList<>();
        List<String> tag = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();
        List<String> rel = new ArrayList<>();
        for (String[] r : rows) {
            if (r[0].equals("T")) {
                lemma.add(r[1]);
                tag.add(r[2]);
            } else {
                edges.add(new int[] {Integer.parseInt(r[1]), Integer.parseInt(r[2])});
                rel.add(r[3]);
            }
        }
        int[] gov = new int[edges.size()];
        int[] dep = new int[edges.size()];
        for (int k = 0; k < gov.length; k++) {
            gov[k] = edges.get(k)[0];
            dep[k] = edges.get(k)[1];
        }
        return new Parse(lemma.toArray(new String[0]), tag.toArray(new String[0]), gov, dep,
                rel.toArray(new String[0]));
    }

    static TrainerConfig config(double l2) {
        return TrainerConfig.builder(TrainerConfig.Learner.LR).l2(l2).epochs(100).patience(0).seed(1)
                .optimizer(TrainerConfig.OptimizerKind.LBFGS).build();
    }
}
