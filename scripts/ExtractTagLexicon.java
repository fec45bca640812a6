import edu.stanford.nlp.tagger.maxent.MaxentTagger;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the word/tag counts that Stanford CoreNLP's english-left3words-distsim tagger keeps from its
 * training data (its props list the train splits of WSJ, EWT, OntoNotes, CRAFT, hand-parsed sentences and
 * QuestionBank; ~76k forms, case kept) as form<TAB>TAG:count<TAB>... lines, tags in the tagger's order, for
 * {@code train --task pos --param taglexicon=FILE}. CoreNLP has no public accessor for them, so this reads
 * private members of its 4.5.10 classes (MaxentTagger.dict, Dictionary.dict, TagCount.get); it is a
 * build-time script, not library code.
 * Usage: java -cp stanford-corenlp.jar:stanford-corenlp-models.jar scripts/ExtractTagLexicon.java OUT.tsv
 */
public class ExtractTagLexicon {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try {
            extract(out);
        } catch (IOException e) { // e.g. a directory it may not write into: one line, not a stack trace
            System.err.println("extract-taglexicon: cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            System.exit(4);
        }
    }

    private static void extract(Path out) throws Exception {
        MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) read(read(tagger, "dict"), "dict");
        if (dict.isEmpty()) {
            throw new IllegalStateException("the tagger's dictionary is empty (another CoreNLP version?)");
        }
        Class<?> tagCount = dict.values().iterator().next().getClass();
        Method tags = tagCount.getMethod("getTags");
        Method count = tagCount.getDeclaredMethod("get", String.class);
        tags.setAccessible(true);
        count.setAccessible(true);
        int written = 0;
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".taglexicon", ".tmp");
        // a Writer, not a PrintWriter: that one keeps its write errors, and a cut file would be moved into place
        try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Object> e : new TreeMap<>(dict).entrySet()) {
                String form = e.getKey();
                if (form.isEmpty() || form.indexOf('\t') >= 0 || form.indexOf('\n') >= 0 || form.indexOf('\r') >= 0) {
                    continue;
                }
                StringBuilder line = new StringBuilder(form);
                for (String t : (String[]) tags.invoke(e.getValue())) {
                    line.append('\t').append(t).append(':').append(count.invoke(e.getValue(), t));
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
        System.err.printf(Locale.ROOT, "wrote %,d forms to %s%n", written, out);
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
