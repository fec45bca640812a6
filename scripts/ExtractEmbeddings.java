import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import org.ejml.simple.SimpleMatrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the word embeddings that Stanford CoreNLP's neural coreference models carry
 * (edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz: 50 dimensions, ~103k lowercased
 * words) as {@code word<TAB>v1 v2 ... v50} lines sorted by word, numbers with 5 decimals in the ROOT
 * locale, for the embedding options of TagRank's tasks ({@code WordVectors}). A build-time script, not
 * library code: only it needs CoreNLP's {@code Embedding} and EJML classes.
 * Usage: java -cp stanford-corenlp.jar:stanford-corenlp-models.jar:ejml-*.jar scripts/ExtractEmbeddings.java OUT.tsv
 */
public class ExtractEmbeddings {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try {
            extract(out);
        } catch (IOException e) { // e.g. a directory it may not write into: one line, not a stack trace
            System.err.println("extract-embeddings: cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            System.exit(4);
        }
    }

    private static void extract(Path out) throws Exception {
        Embedding embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(
                "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz");
        int written = 0;
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".embeddings", ".tmp");
        // a Writer, not a PrintWriter: that one keeps its write errors, and a cut file would be moved into place
        try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, SimpleMatrix> e : new TreeMap<>(embedding.getWordVectors()).entrySet()) {
                String word = e.getKey();
                if (word.isEmpty() || word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0 || word.indexOf(' ') >= 0) {
                    continue;
                }
                StringBuilder line = new StringBuilder(word).append('\t');
                SimpleMatrix v = e.getValue();
                for (int i = 0; i < v.getNumElements(); i++) {
                    if (i > 0) {
                        line.append(' ');
                    }
                    line.append(String.format(Locale.ROOT, "%.5f", v.get(i)));
                }
                w.write(line.append('\n').toString());
                written++;
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
        System.err.printf(Locale.ROOT, "wrote %,d words (%d dimensions) to %s%n", written, embedding.getEmbeddingSize(), out);
    }
}
