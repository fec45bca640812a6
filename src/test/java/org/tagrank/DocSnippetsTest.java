package org.tagrank;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code ```java} block of the user documentation (README.md, docs/usage-*.md, models/*.md) compiles
 * against the current API, so a renamed method or class cannot leave the docs behind. Statement snippets are
 * wrapped in a method, with imports for the JDK's collections, files and I/O and for TagRank's, CoreNLP's and
 * OpenNLP's public packages (a snippet's own imports are hoisted). Variables a snippet uses but the surrounding
 * text supplies are declared by an HTML comment on the line before the block, e.g.
 * {@code <!-- snippet-given: String text; String[] tokens -->}; they become the method's parameters.
 */
class DocSnippetsTest {
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.util.*", "java.util.stream.*", "java.nio.file.*", "java.io.*",
            "org.tagrank.core.*", "org.tagrank.learn.*", "org.tagrank.io.*",
            "org.tagrank.task.pos.*", "org.tagrank.task.rank.*", "org.tagrank.task.rank.link.*",
            "org.tagrank.integration.corenlp.*", "org.tagrank.integration.opennlp.*",
            "edu.stanford.nlp.pipeline.*",
            "opennlp.tools.postag.*", "opennlp.tools.doccat.*", "opennlp.tools.util.*");
    static final Pattern GIVEN = Pattern.compile("<!--\\s*snippet-given:(.*?)-->");
    static final Pattern TYPE_DECLARATION =
            Pattern.compile("(?m)^(public\\s+)?(final\\s+|abstract\\s+)?(class|record|interface|enum)\\s+(\\w+)");

    record Snippet(String file, int line, String given, String code) {
        String name() {
            return file + ":" + line;
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        for (String dir : List.of("docs", "models")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".md") && (dir.equals("models") || n.startsWith("usage-"));
                }).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The {@code ```java} blocks of a markdown text, each with the line of its opening fence. */
    static List<Snippet> snippets(String file, String markdown) {
        List<Snippet> out = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```java")) {
                continue;
            }
            String given = "";
            if (i > 0) {
                Matcher m = GIVEN.matcher(lines[i - 1]);
                if (m.find()) {
                    given = m.group(1).strip();
                }
            }
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals("```")) {
                code.append(lines[j]).append('\n');
                j++;
            }
            assertTrue(j < lines.length, file + ":" + (i + 1) + ": ```java block is never closed");
            out.add(new Snippet(file, i + 1, given, code.toString()));
            i = j;
        }
        return out;
    }

    /**
     * A compilation unit for the snippet: all imports on line 1, the class header on line 2, then the snippet
     * with its import lines blanked, so compiled line L is the snippet's line L - 2.
     */
    static String source(Snippet s, String className) {
        StringBuilder imports = new StringBuilder();
        DEFAULT_IMPORTS.forEach(p -> imports.append("import ").append(p).append("; "));
        StringBuilder body = new StringBuilder();
        for (String line : s.code().split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.append(line.replaceAll("//.*", "")).append(' ');
                body.append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        String params = String.join(", ", s.given().isEmpty() ? List.of() : List.of(s.given().split("\\s*;\\s*")));
        if (TYPE_DECLARATION.matcher(body).find()) {
            return imports + "\nclass " + className + " {}\n" + body;
        }
        return imports + "\nclass " + className + " { void run(" + params + ") throws Exception {\n" + body + "}}\n";
    }

    /** Compiles the source; returns the error messages (empty when it compiled). */
    static List<String> compile(String className, String source, Path out) throws IOException {
        return compile(className, source, out, 0);
    }

    /** As above; messages give line {@code fence + L - 2} for compiled line L: the markdown's line when
     * {@code fence} is the line of the block's opening fence. */
    static List<String> compile(String className, String source, Path out, int fence) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (a JRE without javac?)");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classpath = System.getProperty("java.class.path");
        List<String> options = List.of("-classpath", classpath, "-d", out.toString(), "-proc:none",
                "-Xlint:none", "--release", "17");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add("line " + (fence + d.getLineNumber() - 2) + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompiles() throws IOException {
        List<Snippet> all = new ArrayList<>();
        for (Path doc : documents()) {
            all.addAll(snippets(doc.toString(), Files.readString(doc, StandardCharsets.UTF_8)));
        }
        assertFalse(all.isEmpty(), "no ```java blocks found: run from the project directory");
        return all.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            String className = "Snippet_" + s.name().replaceAll("\\W", "_");
            String source = source(s, className);
            Path out = Files.createTempDirectory("snippet");
            try {
                List<String> errors = compile(className, source, out, s.line());
                assertTrue(errors.isEmpty(), s.name() + ": the ```java block does not compile:\n"
                        + String.join("\n", errors) + "\n--- as compiled (line 1 the imports, 2 the wrapper):\n" + source);
            } finally {
                try (Stream<Path> w = Files.walk(out)) {
                    w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }));
    }

    /** The checker itself must be able to fail: a snippet calling a method that does not exist is refused. */
    @org.junit.jupiter.api.io.TempDir
    Path tempDir;

    @Test
    void aSnippetThatDoesNotCompileIsReported() throws IOException {
        Snippet bad = snippets("bad.md", "text\n<!-- snippet-given: String text -->\n```java\n"
                + "PosTagger t = PosTagger.loadDefault();\nt.tagEverything(text);\n```\n").get(0);
        assertEquals("String text", bad.given());
        List<String> errors = compile("Bad", source(bad, "Bad"), tempDir, bad.line()); // messages give bad.md's lines
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("line 5: ") && errors.get(0).contains("tagEverything"), errors.toString());
        Snippet good = snippets("good.md", "```java\nPosTagger t = PosTagger.loadDefault();\n```\n").get(0);
        assertEquals(List.of(), compile("Good", source(good, "Good"), tempDir));
    }
}
