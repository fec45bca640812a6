import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the distributional word clusters that Stanford CoreNLP's english-left3words-distsim
 * tagger carries (egw4-reut.512: 512 clusters of ~534k lowercased words, computed by the Stanford
 * NLP group from English Gigaword and Reuters RCV1 text) as word<TAB>cluster lines, for
 * {@code train --task pos --param clusters=FILE}. CoreNLP has no public accessor for them, so this
 * reads two private fields of its 4.5.10 classes; it is a build-time script, not library code.
 * Usage: java -cp stanford-corenlp.jar:stanford-corenlp-models.jar scripts/ExtractDistsim.java OUT.tsv
 */
public class ExtractDistsim {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try {
            extract(out);
        } catch (IOException e) { // e.g. a directory it may not write into: one line, not a stack trace
            System.err.println("extract-distsim: cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            System.exit(4);
        }
    }

    private static void extract(Path out) throws Exception {
        MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        Map<String, String> lexicon = null;
        for (String field : new String[]{"extractors", "extractorsRare"}) {
            for (Extractor e : extractors(tagger, field)) {
                if (e.getClass().getSimpleName().equals("ExtractorDistsim")) {
                    Object distsim = read(e, "lexicon");
                    @SuppressWarnings("unchecked")
                    Map<String, String> m = (Map<String, String>) read(distsim, "lexicon");
                    lexicon = m;
                }
            }
        }
        if (lexicon == null) {
            throw new IllegalStateException("no distsim extractor in the tagger (another CoreNLP version?)");
        }
        int[] written = {0};
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".clusters", ".tmp");
        // a Writer, not a PrintWriter: that one keeps its write errors, and a cut file would be moved into place
        try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            // the tagger's map holds an empty word, which no token has: left out
            for (var e : new TreeMap<>(lexicon).entrySet()) {
                String word = e.getKey();
                if (!word.isEmpty() && word.indexOf('\t') < 0 && word.indexOf('\n') < 0) {
                    w.write(word + "\t" + e.getValue() + "\n");
                    written[0]++;
                }
            }
        } catch (Exception e) { // any failure: no temporary file left behind
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        System.err.printf(Locale.ROOT, "wrote %,d words to %s%n", written[0], out);
    }

    private static Extractor[] extractors(MaxentTagger tagger, String field) throws ReflectiveOperationException {
        Object extractors = read(tagger, field);
        return (Extractor[]) read(extractors, "v");
    }

    private static Object read(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        throw new NoSuchFieldException(o.getClass().getName() + "." + name);
    }
}
