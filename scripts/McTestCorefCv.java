// Experiment for docs/bench-mctest.md, "Coreference (sixth session)" (not part of the library): does CoreNLP
// coreference help the MCTest ranker? Each train+dev story is annotated once with CoreNLP (tokenize, ssplit, pos,
// lemma, ner, depparse (parse for neural), coref; coref.algorithm from --algorithm=, fastneural by default). The mentions of every chain
// with more than one mention are cached as character spans under target/mctest-coref/<algorithm>/ (derived from
// MCTest: never commit them), so re-runs skip CoreNLP. From the spans, resolved copies of each story are written:
//   pron  every pronoun mention is replaced by the words of its chain's representative mention
//   all   every mention that is not its chain's representative is replaced by the representative's words
//   pron+ every pronoun mention is kept and followed by the representative's words
// (inner mentions win over outer ones that overlap them; a representative that is itself a pronoun is not used).
// Feature sets: McTestFeatures.extract on the resolved text instead of the original ("resolved instead"), or the original
// features plus all resolved features under the prefix "coref|" ("+ all, prefixed"), or plus only the resolved sliding-window
// and best-sentence scores ("+ sw/sent, prefixed"). Five-fold CV over the MC160+MC500 train and dev stories (fold = story
// index mod 5, as in McTestCrossValidation; --shuffle=SEED permutes the stories first), LR L-BFGS, 100 iterations,
// no early stopping. No test data is read. Run it with scripts/cv-mctest-coref.
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.tagrank.feature.FeatureSink;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.task.rank.McTestCrossValidation;
import org.tagrank.task.rank.McTestFeatures;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.StoryIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

public class McTestCorefCv {
    /** One cached mention: its span, whether it is a pronoun, and its chain's representative's span. */
    record Mention(int begin, int end, boolean pronoun, int repBegin, int repEnd, boolean repPronoun) {
    }

    /** The base scores kept by the "+ sw/sent" feature set. */
    static final Set<String> SWSENT = Set.of("sw", "sw_stem", "sw_content", "sw_ans", "sent1", "sent2", "sent3",
            "sent_ans", "sent_ans3", "sw_uniq", "sent_uniq1", "sent_uniq2");

    public static void main(String[] args) throws Exception {
        String algorithm = "fastneural";
        List<String> modes = List.of("pron", "all", "pron+");
        long shuffle = -1;
        List<McTestStory> stories = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--algorithm=")) {
                algorithm = a.substring("--algorithm=".length());
            } else if (a.startsWith("--modes=")) {
                modes = List.of(a.substring("--modes=".length()).split(","));
            } else if (a.startsWith("--shuffle=")) {
                shuffle = Long.parseLong(a.substring("--shuffle=".length()));
            } else {
                stories.addAll(McTestReader.read(Path.of(a), true));
            }
        }
        Path cache = Path.of("target", "mctest-coref", algorithm);
        Files.createDirectories(cache);
        Map<String, List<Mention>> mentions = resolveAll(stories, algorithm, cache);
        if (shuffle >= 0) {
            Collections.shuffle(stories, new Random(shuffle));
        }
        Map<McTestQuestion, List<Consumer<FeatureSink>>> base = new java.util.IdentityHashMap<>();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (McTestQuestion q : s.questions()) {
                base.put(q, McTestFeatures.extract(idx, q));
            }
        }
        System.out.println("| features | resolved text | l2 | CV all (1800) | CV MC160 stories (400) | CV MC500 stories (1400) | train -> dev (320) |");
        System.out.println("|---|---|---|---|---|---|---|");
        double[] l2s = {0.01, 0.03};
        for (double l2 : l2s) {
            row("shipped features", "-", l2, stories, base);
        }
        for (String mode : modes) {
            Map<McTestQuestion, List<Consumer<FeatureSink>>> res = new java.util.IdentityHashMap<>();
            int changed = 0;
            for (McTestStory s : stories) {
                String text = resolve(s.text(), mentions.get(s.id()), mode);
                changed += text.equals(s.text()) ? 0 : 1;
                StoryIndex idx = new StoryIndex(text);
                for (McTestQuestion q : s.questions()) {
                    res.put(q, McTestFeatures.extract(idx, q));
                }
            }
            System.err.printf(Locale.ROOT, "%s: %d of %d stories changed%n", mode, changed, stories.size());
            Map<McTestQuestion, List<Consumer<FeatureSink>>> plusAll = new java.util.IdentityHashMap<>();
            Map<McTestQuestion, List<Consumer<FeatureSink>>> plusSw = new java.util.IdentityHashMap<>();
            for (McTestQuestion q : base.keySet()) {
                plusAll.put(q, combine(base.get(q), res.get(q), null));
                plusSw.put(q, combine(base.get(q), res.get(q), SWSENT));
            }
            for (double l2 : l2s) {
                row("resolved instead", mode, l2, stories, res);
            }
            for (double l2 : l2s) {
                row("+ all, prefixed", mode, l2, stories, plusAll);
            }
            for (double l2 : l2s) {
                row("+ sw/sent, prefixed", mode, l2, stories, plusSw);
            }
        }
    }

    static void row(String name, String mode, double l2, List<McTestStory> stories,
                    Map<McTestQuestion, List<Consumer<FeatureSink>>> feats) {
        McTestCrossValidation.Split r = McTestCrossValidation.run(stories, feats::get, config(l2), 5);
        double dev = McTestCrossValidation.trainDev(stories, feats::get, config(l2));
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f |%n",
                name, mode, l2, 100 * r.all(), 100 * r.mc160(), 100 * r.mc500(), 100 * dev);
    }

    /** Original emitters plus the resolved ones under "coref|" (only base scores in {@code keep} when not null). */
    static List<Consumer<FeatureSink>> combine(List<Consumer<FeatureSink>> orig, List<Consumer<FeatureSink>> res,
                                               Set<String> keep) {
        List<Consumer<FeatureSink>> out = new ArrayList<>();
        for (int a = 0; a < orig.size(); a++) {
            Consumer<FeatureSink> o = orig.get(a);
            Consumer<FeatureSink> r = res.get(a);
            out.add(sink -> {
                o.accept(sink);
                r.accept((name, value) -> {
                    if (keep == null || keep.contains(baseName(name))) {
                        sink.add("coref|" + name, value);
                    }
                });
            });
        }
        return out;
    }

    /** "t=one|sw_stem.rel" -> "sw_stem". */
    static String baseName(String feature) {
        String s = feature.substring(feature.lastIndexOf('|') + 1);
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    /** The story text with mentions replaced by (or followed by) their representative's words. */
    static String resolve(String text, List<Mention> ms, String mode) {
        List<Mention> cands = new ArrayList<>();
        for (Mention m : ms) {
            boolean isRep = m.begin() == m.repBegin() && m.end() == m.repEnd();
            if (isRep || m.repPronoun()) {
                continue;
            }
            if (mode.equals("all") || m.pronoun()) {
                cands.add(m);
            }
        }
        cands.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).thenComparingInt(Mention::begin));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : cands) {
            boolean overlaps = false;
            for (Mention c : chosen) {
                overlaps |= m.begin() < c.end() && c.begin() < m.end();
            }
            if (!overlaps) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Mention m : chosen) {
            String rep = text.substring(m.repBegin(), m.repEnd()).replace('\n', ' ');
            if (mode.equals("pron+")) {
                sb.insert(m.end(), " " + rep);
            } else {
                sb.replace(m.begin(), m.end(), rep);
            }
        }
        return sb.toString();
    }

    static Map<String, List<Mention>> resolveAll(List<McTestStory> stories, String algorithm, Path cache)
            throws Exception {
        Map<String, List<Mention>> out = new HashMap<>();
        StanfordCoreNLP pipeline = null;
        long t0 = System.nanoTime();
        int annotated = 0;
        for (McTestStory s : stories) {
            Path f = cache.resolve(s.id() + ".tsv");
            if (!Files.exists(f)) {
                if (pipeline == null) {
                    Properties p = new Properties();
                    // neural coref needs constituency trees; the other two work from dependencies
                    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,"
                            + (algorithm.equals("neural") ? "parse" : "depparse") + ",coref");
                    p.setProperty("parse.maxlen", "80");
                    p.setProperty("coref.algorithm", algorithm);
                    p.setProperty("ner.useSUTime", "false");
                    p.setProperty("ner.applyFineGrained", "false");
                    pipeline = new StanfordCoreNLP(p);
                    System.err.printf(Locale.ROOT, "pipeline loaded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                }
                Files.writeString(f, annotate(pipeline, s.text()), StandardCharsets.UTF_8);
                annotated++;
                if (annotated % 25 == 0) {
                    System.err.printf(Locale.ROOT, "%d stories annotated, %.0f s%n", annotated,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            List<Mention> ms = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    String[] c = line.split("\t");
                    ms.add(new Mention(Integer.parseInt(c[0]), Integer.parseInt(c[1]), c[2].equals("P"),
                            Integer.parseInt(c[3]), Integer.parseInt(c[4]), c[5].equals("P")));
                }
            }
            out.put(s.id(), ms);
        }
        System.err.printf(Locale.ROOT, "coref (%s): %d of %d stories annotated in %.0f s%n", algorithm, annotated,
                stories.size(), (System.nanoTime() - t0) / 1e9);
        return out;
    }

    /** One line per mention of a chain with two or more mentions: begin, end, P/N, rep begin, rep end, P/N. */
    static String annotate(StanfordCoreNLP pipeline, String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        StringBuilder sb = new StringBuilder();
        for (CorefChain chain : doc.corefChains().values()) {
            List<CorefChain.CorefMention> ms = chain.getMentionsInTextualOrder();
            if (ms.size() < 2) {
                continue;
            }
            CorefChain.CorefMention rep = chain.getRepresentativeMention();
            int[] r = span(doc, rep);
            for (CorefChain.CorefMention m : ms) {
                int[] x = span(doc, m);
                sb.append(x[0]).append('\t').append(x[1]).append('\t').append(pron(m)).append('\t')
                        .append(r[0]).append('\t').append(r[1]).append('\t').append(pron(rep)).append('\n');
            }
        }
        return sb.toString();
    }

    static String pron(CorefChain.CorefMention m) {
        return m.mentionType == Dictionaries.MentionType.PRONOMINAL ? "P" : "N";
    }

    static int[] span(CoreDocument doc, CorefChain.CorefMention m) {
        List<CoreLabel> toks = doc.sentences().get(m.sentNum - 1).tokens();
        return new int[] {toks.get(m.startIndex - 1).beginPosition(), toks.get(m.endIndex - 2).endPosition()};
    }

    static TrainerConfig config(double l2) {
        return TrainerConfig.builder(TrainerConfig.Learner.LR).l2(l2).epochs(100).patience(0).seed(1)
                .optimizer(TrainerConfig.OptimizerKind.LBFGS).build();
    }
}
