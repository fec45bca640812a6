// In-process companion of scripts/bench-corenlp-server (run as a single-file program with TagRank and the
// CoreNLP models on -cp): tokenizes the documents once, then times CoreNLP's `pos` annotator and TagRank's
// `trpos` annotator alone on the same tokenized documents, single-threaded. Prints one TSV line per
// annotator: name, passes, tokens per pass, seconds, tokens/s.
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.tagrank.integration.corenlp.PosAnnotator;
import org.tagrank.task.pos.PosTagger;

public class BenchCoreNlpPipeline {
    public static void main(String[] args) throws Exception {
        List<String> texts = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        int passes = Integer.parseInt(args[1]);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        List<Annotation> docs = new ArrayList<>();
        long tokens = 0;
        for (String t : texts) {
            Annotation doc = new Annotation(t);
            tokenizer.annotate(doc);
            docs.add(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        Properties trposProps = new Properties();
        trposProps.setProperty("trpos.upos", "true");
        time("pos", new POSTaggerAnnotator("pos", new Properties()), docs, tokens, passes);
        time("trpos", new PosAnnotator("trpos", trposProps), docs, tokens, passes);
        // the tagger alone on the same tokens, to show what the CoreNLP plumbing costs
        PosTagger tagger = PosTagger.loadDefault();
        List<List<String>> sentences = new ArrayList<>();
        for (Annotation d : docs) {
            for (CoreMap s : d.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList());
            }
        }
        time("PosTagger.tag", doc -> sentences.forEach(tagger::tag), List.of(new Annotation("")), tokens, passes);
    }

    interface Tagging {
        void annotate(Annotation doc);
    }

    private static void time(String name, Annotator annotator, List<Annotation> docs, long tokens, int passes) {
        time(name, annotator::annotate, docs, tokens, passes);
    }

    private static void time(String name, Tagging annotator, List<Annotation> docs, long tokens, int passes) {
        for (Annotation d : docs) {
            annotator.annotate(d); // warm-up pass
        }
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Annotation d : docs) {
                annotator.annotate(d);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%.0f", name, passes, tokens, seconds,
                tokens * passes / seconds));
    }
}
