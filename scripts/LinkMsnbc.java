// Out-of-domain entity linking on MSNBC (Cucerzan 2007; ELEVANT's copy, no candidate lists): the gold mention spans,
// candidates from alias tables (scripts/tagrank link aliases ...), ranked by a TagRank link model, against the most
// popular candidate of the same table and CoreNLP's entitylink lookup (the wikidict's 1-best entity of the exact
// mention text). Run by scripts/bench-link-msnbc, or from the repository root:
//   java -Xmx6g -cp target/tagrank-0.1.0-all.jar scripts/LinkMsnbc.java MSNBC.jsonl MODEL WIKIDICT TABLE...
// Prints two Markdown rows per alias table: alone, and with the wikidict as a second candidate source. Scored: the top-level labels with a Wikidata id (not <NIL> or
// <NO_MAPPING>); a mention is right when the linked title equals the gold label's name with spaces as underscores.
// ELEVANT's names are Wikidata labels, which are not always the Wikipedia title (every system loses those alike).
// With --pipeline first (CoreNLP's models jar and the kbp jar on the class path, ~12 GB of heap):
//   java -Xmx12g -cp target/tagrank-0.1.0-all.jar:MODELS_JAR:KBP_JAR scripts/LinkMsnbc.java --pipeline MSNBC.jsonl ALIASES KBP_JAR
// CoreNLP's tokenize,ssplit,pos,lemma,ner find the mentions, then CoreNLP's own entitylink (WikidictAnnotator) and
// TagRank's EntityLinkAnnotator (the alias table + the wikidict as a second candidate source, the bundled model) link
// the same mentions; a gold mention counts as right for an annotator when ner found a mention with exactly its
// character span and the annotator linked it to the gold title.
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.WikidictAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.tagrank.integration.corenlp.EntityLinkAnnotator;
import org.tagrank.task.rank.link.AliasTable;
import org.tagrank.task.rank.link.EntityLinker;
import org.tagrank.task.rank.link.LinkCandidate;
import org.tagrank.task.rank.link.LinkDocument;
import org.tagrank.task.rank.link.LinkMention;
import org.tagrank.task.rank.link.Wikidict;

import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LinkMsnbc {
    /** The token pattern of DictionaryMentions (link text), with character offsets kept. */
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}"
            + "|\\p{L}[\\p{L}\\p{N}]*(?:(?:['’](?![sS]\\b)|[&-])\\p{L}[\\p{L}\\p{N}]*)*"
            + "|['’][sS]\\b|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    record Gold(String mention, int start, int end, String title) {
    }

    record Doc(String id, String text, List<Gold> golds) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--pipeline")) {
            pipeline(read(Path.of(args[1])), args[2], args[3]);
            return;
        }
        List<Doc> docs = read(Path.of(args[0]));
        EntityLinker linker = EntityLinker.load(args[1]);
        Set<String> spellings = new HashSet<>();
        // the only lookups are of these spellings, so the dictionary read with this filter answers as the whole would
        docs.forEach(d -> d.golds().forEach(g -> spellings.addAll(Wikidict.variants(g.mention()))));
        Wikidict wikidict = Wikidict.read(args[2], spellings::contains);
        int n = docs.stream().mapToInt(d -> d.golds().size()).sum();
        int dict = 0;
        for (Doc d : docs) {
            for (Gold g : d.golds()) {
                Wikidict.Entry e = wikidict.get(g.mention());
                dict += e != null && same(e.entity(), g.title()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "MSNBC: %d documents, %d linked top-level mentions; CoreNLP entitylink (wikidict "
                + "lookup): %.2f%%%n%n", docs.size(), n, 100.0 * dict / n);
        System.out.println("| alias table | aliases | gold among the candidates | no candidate | TagRank | most popular candidate |");
        System.out.println("|---|---|---|---|---|---|");
        for (int row = 0; row < 2 * (args.length - 3); row++) {
            int t = 3 + row / 2;
            AliasTable table;
            try (InputStream in = Files.newInputStream(Path.of(args[t]))) {
                table = AliasTable.read(in, args[t]);
            }
            String name = Path.of(args[t]).getFileName().toString();
            if (row % 2 == 1) { // the table with the wikidict as a second candidate source (trlink.wikidict.candidates)
                table = table.withDictionary(wikidict);
                name += " + wikidict candidates";
            }
            int covered = 0;
            int empty = 0;
            int right = 0;
            int popular = 0;
            for (Doc d : docs) {
                LinkDocument doc = document(d, table);
                int[] links = linker.predict(doc);
                for (int i = 0; i < doc.mentions().size(); i++) {
                    LinkMention m = doc.mentions().get(i);
                    String gold = d.golds().get(i).title();
                    covered += m.goldIndex() >= 0 ? 1 : 0;
                    empty += m.candidates().isEmpty() ? 1 : 0;
                    right += links[i] >= 0 && same(m.candidates().get(links[i]).title(), gold) ? 1 : 0;
                    popular += !m.candidates().isEmpty() && same(m.candidates().get(0).title(), gold) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f%% | %.2f%% | %.2f%% | %.2f%% |%n", name,
                    table.size(), 100.0 * covered / n, 100.0 * empty / n, 100.0 * right / n, 100.0 * popular / n);
        }
    }

    static void pipeline(List<Doc> docs, String aliases, String wikidict) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long t0 = System.nanoTime();
        WikidictAnnotator corenlp = new WikidictAnnotator("entitylink", new Properties());
        long t1 = System.nanoTime();
        Properties tp = new Properties();
        tp.setProperty("trlink.aliases", aliases);
        tp.setProperty("trlink.wikidict", wikidict);
        tp.setProperty("trlink.wikidict.candidates", "true");
        EntityLinkAnnotator tagrank = new EntityLinkAnnotator("trlink", tp);
        long t2 = System.nanoTime();
        int gold = 0;
        int found = 0;
        int rightCoreNlp = 0;
        int rightTagRank = 0;
        int nerMentions = 0;
        for (Doc d : docs) {
            Annotation doc = new Annotation(d.text());
            pipeline.annotate(doc);
            corenlp.annotate(doc);
            Map<String, String> byCoreNlp = links(doc);
            tagrank.annotate(doc);
            Map<String, String> byTagRank = links(doc);
            nerMentions += byTagRank.size();
            for (Gold g : d.golds()) {
                gold++;
                String key = g.start() + ":" + g.end();
                found += byTagRank.containsKey(key) ? 1 : 0;
                rightCoreNlp += byCoreNlp.get(key) != null && same(byCoreNlp.get(key), g.title()) ? 1 : 0;
                rightTagRank += byTagRank.get(key) != null && same(byTagRank.get(key), g.title()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d linked top-level gold mentions; ner found %d of them with their exact span "
                + "(%.2f%%), %d entity mentions in all; dictionary loading: entitylink %.1f s, trlink %.1f s%n%n",
                gold, found, 100.0 * found / gold, nerMentions, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.println("| annotator after ner | linked right (of all gold mentions) |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| CoreNLP `entitylink` | %.2f%% |%n", 100.0 * rightCoreNlp / gold);
        System.out.printf(Locale.ROOT, "| TagRank `trlink` (%s + wikidict candidates) | %.2f%% |%n",
                Path.of(aliases).getFileName(), 100.0 * rightTagRank / gold);
    }

    /** Each entity mention's link by character span ("begin:end"), as a title with underscores (null: not linked). */
    static Map<String, String> links(Annotation doc) {
        Map<String, String> out = new HashMap<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> ms = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : ms == null ? List.<CoreMap>of() : ms) {
                String key = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + ":"
                        + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String link = m.get(CoreAnnotations.WikipediaEntityAnnotation.class);
                out.put(key, link == null || link.equals("O") ? null : Wikidict.title(link));
            }
        }
        return out;
    }

    /** Wikipedia titles match with their first letter in either case. */
    static boolean same(String a, String b) {
        return a.equals(b) || (!a.isEmpty() && !b.isEmpty() && a.substring(1).equals(b.substring(1))
                && Character.toUpperCase(a.charAt(0)) == Character.toUpperCase(b.charAt(0)));
    }

    static LinkDocument document(Doc d, AliasTable table) {
        List<String> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(d.text());
        while (m.find()) {
            tokens.add(m.group());
            spans.add(new int[]{m.start(), m.end()});
        }
        List<LinkMention> mentions = new ArrayList<>();
        for (Gold g : d.golds()) {
            int from = -1;
            int to = -1;
            for (int k = 0; k < spans.size(); k++) {
                if (spans.get(k)[1] > g.start() && spans.get(k)[0] < g.end()) {
                    from = from < 0 ? k : from;
                    to = k + 1;
                }
            }
            List<LinkCandidate> cs = table.candidates(g.mention());
            int goldIndex = -1;
            for (int c = 0; c < cs.size() && goldIndex < 0; c++) {
                goldIndex = same(cs.get(c).title(), g.title()) ? c : -1;
            }
            String gold = goldIndex >= 0 ? cs.get(goldIndex).title() : g.title();
            mentions.add(new LinkMention(d.id(), mentions.size(), from, to, g.mention(), gold, cs, goldIndex, 0));
        }
        return new LinkDocument(d.id(), tokens, mentions);
    }

    static List<Doc> read(Path file) throws Exception {
        List<Doc> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject o;
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                o = r.readObject();
            }
            String text = o.getString("text");
            List<Gold> golds = new ArrayList<>();
            JsonArray labels = o.getJsonArray("labels");
            for (int i = 0; i < labels.size(); i++) {
                JsonObject l = labels.getJsonObject(i);
                String id = l.getString("entity_id");
                if (!id.startsWith("Q") || l.containsKey("parent")) {
                    continue;
                }
                // spans count code points (Python indices); the texts' characters outside the BMP are few, but count right
                int s = text.offsetByCodePoints(0, l.getJsonArray("span").getInt(0));
                int e = text.offsetByCodePoints(0, l.getJsonArray("span").getInt(1));
                String mention = text.substring(s, e).strip().replaceAll("\\s+", " ");
                golds.add(new Gold(mention, s, e, l.getString("name").replace(' ', '_')));
            }
            out.add(new Doc(Integer.toString(o.getInt("id")), text, golds));
        }
        return out;
    }
}
