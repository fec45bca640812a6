// End-to-end entity linking on MSNBC in a CoreNLP pipeline: tokenize,ssplit,pos,lemma,ner find the mentions, then
// CoreNLP's own `entitylink` (WikidictAnnotator) and TagRank's EntityLinkAnnotator (alias table + the wikidict as a
// second candidate source) link the same mentions. Scored on the linked top-level gold mentions (as LinkMsnbc.java):
// a gold mention counts as right for an annotator when ner found a mention with exactly its character span and the
// annotator linked it to the gold title. Run by scripts/bench-link-msnbc with CoreNLP's models jar on the class path:
//   java -Xmx10g -cp target/tagrank-0.1.0-all.jar:MODELS_JAR:KBP_JAR scripts/LinkMsnbcPipeline.java MSNBC.jsonl ALIASES KBP_JAR
// (the kbp jar holds the wikidict both annotators read; the bundled link model is used). Prints Markdown rows.
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.WikidictAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.tagrank.integration.corenlp.EntityLinkAnnotator;

import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

public class LinkMsnbcPipeline {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long t0 = System.nanoTime();
        WikidictAnnotator corenlp = new WikidictAnnotator("entitylink", new Properties());
        long t1 = System.nanoTime();
        Properties tp = new Properties();
        tp.setProperty("trlink.aliases", args[1]);
        tp.setProperty("trlink.wikidict", args[2]);
        tp.setProperty("trlink.wikidict.candidates", "true");
        EntityLinkAnnotator tagrank = new EntityLinkAnnotator("trlink", tp);
        long t2 = System.nanoTime();
        int gold = 0;
        int found = 0;
        int rightCoreNlp = 0;
        int rightTagRank = 0;
        int nerMentions = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject o;
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                o = r.readObject();
            }
            String text = o.getString("text");
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            corenlp.annotate(doc);
            Map<String, String> byCoreNlp = links(doc);
            tagrank.annotate(doc);
            Map<String, String> byTagRank = links(doc);
            nerMentions += byTagRank.size();
            JsonArray labels = o.getJsonArray("labels");
            for (int i = 0; i < labels.size(); i++) {
                JsonObject l = labels.getJsonObject(i);
                if (!l.getString("entity_id").startsWith("Q") || l.containsKey("parent")) {
                    continue;
                }
                gold++;
                int s = text.offsetByCodePoints(0, l.getJsonArray("span").getInt(0));
                int e = text.offsetByCodePoints(0, l.getJsonArray("span").getInt(1));
                String key = s + ":" + e;
                String title = l.getString("name").replace(' ', '_');
                found += byTagRank.containsKey(key) ? 1 : 0;
                rightCoreNlp += same(byCoreNlp.get(key), title) ? 1 : 0;
                rightTagRank += same(byTagRank.get(key), title) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d linked top-level gold mentions; ner found %d of them with their exact span "
                + "(%.2f%%), %d entity mentions in all; dictionary loading: entitylink %.1f s, trlink %.1f s%n%n",
                gold, found, 100.0 * found / gold, nerMentions, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.println("| annotator after ner | linked right (of all gold mentions) |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| CoreNLP `entitylink` | %.2f%% |%n", 100.0 * rightCoreNlp / gold);
        System.out.printf(Locale.ROOT, "| TagRank `trlink` (%s + wikidict candidates) | %.2f%% |%n",
                Path.of(args[1]).getFileName(), 100.0 * rightTagRank / gold);
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
                out.put(key, link == null || link.equals("O") ? null : title(link));
            }
        }
        return out;
    }

    static String title(String entity) {
        String t = entity.strip().replace(' ', '_');
        try { // as Wikidict.title: %XX escapes decoded, a title with a bare % kept as written
            return t.matches(".*%[0-9A-Fa-f]{2}.*") ? URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8) : t;
        } catch (IllegalArgumentException e) {
            return t;
        }
    }

    /** Wikipedia titles match with their first letter in either case. */
    static boolean same(String a, String b) {
        return a != null && (a.equals(b) || (!a.isEmpty() && !b.isEmpty() && a.substring(1).equals(b.substring(1))
                && Character.toUpperCase(a.charAt(0)) == Character.toUpperCase(b.charAt(0))));
    }
}
