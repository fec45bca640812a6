package org.tagrank.cli;

import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.LineReader;
import org.tagrank.io.Readers;
import org.tagrank.io.WordTagReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code tag}'s inputs in order, in batches. Parsing (and its file:line errors) happens
 * here, in one thread; raw text is only cut into paragraphs here and tokenized by the workers.
 */
final class SentenceSource implements AutoCloseable {

    /**
     * One unit of input: a paragraph of raw text, or a sentence of words (with its CoNLL-U lines if any);
     * a blank line of {@code tokens} or {@code word_tag} input is a sentence of no words.
     */
    record Item(String paragraph, List<String> words, ConlluSentence conllu) {
    }

    enum Format { TEXT, TOKENS, CONLLU, WORD_TAG }

    private static final int MAX_PARAGRAPH_CHARS = 1 << 20;
    /** A batch is cut once it holds this many characters. */
    static final int MAX_BATCH_CHARS = 1 << 20;

    private final List<Path> files;
    private final Format format;
    private final char separator;
    private int fileIndex = -1;
    private LineReader reader;
    private ConlluReader conllu;
    private String source;
    private long lineNo;
    private boolean wordTagOutput;
    private boolean sniffConllu;
    private boolean atInputStart;

    SentenceSource(List<Path> files, Format format, char separator) {
        this.files = files;
        this.format = format;
        this.separator = separator;
    }

    /**
     * The sentences go to word_tag output, which splits tokens at whitespace: a CoNLL-U form with a space
     * ({@code 10 000}) is then an error at its line instead of a line that reads back as other tokens.
     */
    SentenceSource forWordTagOutput() {
        wordTagOutput = true;
        return this;
    }

    /**
     * The text format was not asked for but defaulted: CoNLL-U arriving on stdin or under another name than .conllu
     * ({@code cat x.conllu | tag}) had every column tagged as words. The first non-blank line of each input is looked at.
     */
    SentenceSource refusingConlluAsDefaultText() {
        sniffConllu = true;
        return this;
    }

    /** A CoNLL-U comment that text hardly starts with, or a word line: an ID field and ten TAB-separated fields. */
    static boolean looksLikeConllu(String line) {
        if (line.startsWith("# sent_id") || line.startsWith("# newdoc") || line.startsWith("# text =")) {
            return true;
        }
        int tabs = 0;
        for (int i = 0; i < line.length(); i++) {
            tabs += line.charAt(i) == '\t' ? 1 : 0;
        }
        int id = line.indexOf('\t');
        return tabs == 9 && id > 0 && line.substring(0, id).matches("[0-9]+([-.][0-9]+)?");
    }

    /**
     * Refuses an input that is missing, a directory or unreadable before any is read: one among several was found only
     * when its turn came, after the inputs before it had been tagged (and written to stdout).
     */
    static void checkInputs(List<Path> files) throws IOException {
        for (Path p : files) {
            if (p.toString().equals("-")) {
                continue;
            }
            if (java.nio.file.Files.isDirectory(p)) {
                throw new java.nio.file.FileSystemException(p.toString(), null, "is a directory, not a file");
            }
            if (!java.nio.file.Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            if (!java.nio.file.Files.isReadable(p)) {
                throw new java.nio.file.AccessDeniedException(p.toString());
            }
        }
    }

    /** Any case, as {@code --output-format} takes it ({@code --input-format TOKENS} was refused, {@code TSV} taken). */
    static Format parseFormat(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "tokens" -> Format.TOKENS;
            case "conllu" -> Format.CONLLU;
            case "word_tag" -> Format.WORD_TAG;
            default -> throw CliException.usage("unknown input format '" + s + "' (expected text, tokens, conllu or word_tag)");
        };
    }

    /**
     * Up to {@code max} items and about {@link #MAX_BATCH_CHARS} characters, or an empty list at the end of all
     * inputs. The character bound keeps memory flat: text without blank lines comes in ~1M-character paragraphs,
     * and 256 of them made a batch of 256M characters, several of them in flight (57 MB of such text ran out of a
     * 400 MB heap that the same text with blank lines tags in).
     */
    List<Item> nextBatch(int max) throws IOException {
        return nextBatch(max, MAX_BATCH_CHARS);
    }

    /** As {@link #nextBatch(int)}, cut once the batch holds {@code maxChars} characters. */
    List<Item> nextBatch(int max, long maxChars) throws IOException {
        throwPending();
        List<Item> batch = new ArrayList<>(Math.min(max, 1024));
        long chars = 0;
        try {
            while (batch.size() < max && chars < maxChars) {
                if (reader == null && conllu == null && !openNext()) {
                    break;
                }
                Item item = nextItem();
                if (item == null) {
                    closeCurrent();
                    continue;
                }
                batch.add(item);
                chars += chars(item);
                if (!ready()) { // a pipe with nothing more yet: tag what came (one line typed, a co-process waiting)
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (batch.isEmpty()) {
                throw e;
            }
            pending = e; // the items before the bad input are tagged and written first; the next call fails
        }
        return batch;
    }

    /** A failure met after some items of a batch had been read: thrown by the next {@link #nextBatch}. */
    private Exception pending;

    private void throwPending() throws IOException {
        Exception e = pending;
        if (e != null) {
            pending = null;
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Whether the next item has come in whole (or the current input ended): false when reading it would block, e.g.
     * on stdin from a terminal or a program waiting for the answer to what it wrote; the caller then writes out. A
     * whole line (text: paragraph) is asked for, not some characters: a co-process that had written part of its next
     * line was never answered.
     */
    boolean ready() throws IOException {
        if (pending != null) { // the next read fails at once
            return true;
        }
        return reader != null ? reader.lineReady(format == Format.TEXT) : conllu == null || conllu.ready();
    }

    /** The characters an item holds: a CoNLL-U sentence's lines, whose other columns and comments it keeps. */
    static long chars(Item item) {
        if (item.paragraph() != null) {
            return item.paragraph().length();
        }
        if (item.conllu() != null) {
            long n = 0;
            for (String line : item.conllu().lines()) {
                n += line.length() + 1;
            }
            return n;
        }
        long n = item.words().size(); // the separators
        for (String w : item.words()) {
            n += w.length();
        }
        return n;
    }

    private boolean openNext() throws IOException {
        if (++fileIndex >= files.size()) {
            return false;
        }
        Path p = files.get(fileIndex);
        boolean stdin = p.toString().equals("-");
        LineReader r = stdin ? Readers.utf8(System.in) : Readers.utf8(p);
        source = stdin ? "<stdin>" : p.toString();
        lineNo = 0;
        atInputStart = true;
        if (format == Format.CONLLU) {
            conllu = new ConlluReader(r, source);
        } else {
            reader = r;
        }
        return true;
    }

    /** The tokens of a line, split at white space as {@link org.tagrank.io.TokenSeparators} has it. */
    static List<String> tokens(String s) {
        return org.tagrank.io.TokenSeparators.split(s);
    }

    private void checkNoSpaces(ConlluSentence s) throws IOException {
        for (int w = 0; w < s.size(); w++) {
            String form = s.forms().get(w);
            if (org.tagrank.io.TokenSeparators.containsSeparator(form)) {
                throw new CorpusFormatException(source, s.firstLine() + s.wordLines()[w], "form '" + form
                        + "' contains a space, which word_tag output cannot hold (use --output-format conllu or tsv)");
            }
        }
    }

    private void checkNotConllu(String line) {
        if (line.isBlank()) {
            return;
        }
        atInputStart = false;
        if (looksLikeConllu(line)) {
            throw CliException.usage(source + ": line " + lineNo + " looks like CoNLL-U, which would be read as raw text "
                    + "(--input-format text, the default); give --input-format conllu (or --input-format text to tag its "
                    + "lines as text)");
        }
    }

    private Item nextItem() throws IOException {
        switch (format) {
            case CONLLU -> {
                ConlluSentence s = conllu.next();
                if (s != null && wordTagOutput) {
                    checkNoSpaces(s);
                }
                return s == null ? null : new Item(null, s.forms(), s);
            }
            case TOKENS, WORD_TAG -> {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (org.tagrank.io.TokenSeparators.isBlank(line)) { // kept as an empty sentence: word_tag output stays line-aligned
                        return new Item(null, List.of(), null);
                    }
                    CorpusFormatException.checkNoInnerBom(line, source, lineNo); // it became part of the first word
                    if (format == Format.TOKENS) {
                        return new Item(null, tokens(line), null);
                    }
                    return new Item(null, WordTagReader.parse(line, separator, source, lineNo).words(), null);
                }
                return null;
            }
            case TEXT -> {
                StringBuilder para = new StringBuilder();
                String line;
                // a line of over ~1M characters in pieces cut at a space: one of GBs was read whole, out of memory
                while ((line = reader.readLine(MAX_PARAGRAPH_CHARS)) != null) {
                    if (atInputStart && sniffConllu) {
                        lineNo++;
                        checkNotConllu(line);
                    }
                    if (line.isBlank()) {
                        if (para.length() > 0) {
                            break;
                        }
                        continue;
                    }
                    para.append(line).append('\n');
                    if (para.length() > MAX_PARAGRAPH_CHARS) {
                        break; // bound memory on text without blank lines; cut at a line end
                    }
                }
                return para.length() == 0 ? null : new Item(para.toString(), null, null);
            }
            default -> throw new AssertionError();
        }
    }

    private void closeCurrent() throws IOException {
        if (reader != null) {
            if (!source.equals("<stdin>")) {
                reader.close();
            }
            reader = null;
        }
        if (conllu != null) {
            if (!source.equals("<stdin>")) {
                conllu.close();
            }
            conllu = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
