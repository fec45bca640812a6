package org.tagrank.task.rank.link;

import org.tagrank.io.CorpusFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads linking data: a mention file, plus the document file beside it when there is one
 * ({@code X.mentions.tsv} → {@code X.conll.tsv}) for the context features. Mentions are checked
 * against the document tokens.
 */
public final class LinkCorpus {
    private LinkCorpus() {
    }

    /**
     * The document file that goes with a mention file, or null when the name does not follow the pattern; either may be
     * gzip-compressed ({@code X.mentions.tsv.gz}: {@code X.conll.tsv}, else {@code X.conll.tsv.gz}).
     */
    public static Path documentFileFor(Path mentions) {
        String name = org.tagrank.io.Readers.nameWithoutGz(mentions);
        if (!name.endsWith(".mentions.tsv")) {
            return null;
        }
        return org.tagrank.io.Readers.sibling(mentions, name.substring(0, name.length() - ".mentions.tsv".length())
                + ".conll.tsv");
    }

    /** Reads the mention file and, when present, its document file. */
    public static List<LinkDocument> read(Path mentions) throws IOException {
        Path docs = documentFileFor(mentions);
        return read(mentions, docs != null && Files.isRegularFile(docs) ? docs : null);
    }

    /** Reads a mention file and an optional (null) document file. */
    public static List<LinkDocument> read(Path mentions, Path documents) throws IOException {
        List<LinkMention> all = MentionFileReader.read(mentions);
        Map<String, List<String>> tokens = new HashMap<>();
        if (documents != null) {
            for (ConllDocReader.Doc d : ConllDocReader.read(documents)) {
                tokens.put(d.id(), d.tokens());
            }
        }
        Map<String, List<LinkMention>> byDoc = new LinkedHashMap<>();
        String current = null;
        for (LinkMention m : all) {
            if (!m.docId().equals(current) && byDoc.containsKey(m.docId())) { // merging would reorder the output
                throw new CorpusFormatException(mentions.toString(), m.line(), "document " + m.docId()
                        + " comes back after document " + current + " started; documents must be contiguous");
            }
            current = m.docId();
            List<LinkMention> list = byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>());
            if (!list.isEmpty() && list.get(list.size() - 1).index() >= m.index()) {
                throw new CorpusFormatException(mentions.toString(), m.line(), "mention_idx " + m.index()
                        + " of document " + m.docId() + " is not after the previous one; documents must be contiguous");
            }
            list.add(m);
        }
        List<LinkDocument> out = new ArrayList<>(byDoc.size());
        for (Map.Entry<String, List<LinkMention>> e : byDoc.entrySet()) {
            List<String> toks = List.of();
            if (documents != null) {
                toks = tokens.get(e.getKey());
                if (toks == null) {
                    throw new CorpusFormatException(mentions.toString(), e.getValue().get(0).line(), "document "
                            + e.getKey() + " is not in " + documents);
                }
                for (LinkMention m : e.getValue()) {
                    if (m.tokEnd() > toks.size()) {
                        throw new CorpusFormatException(mentions.toString(), m.line(), "token span [" + m.tokStart()
                                + "," + m.tokEnd() + ") is past the end of document " + m.docId() + " (" + toks.size()
                                + " tokens)");
                    }
                    String text = String.join(" ", toks.subList(m.tokStart(), m.tokEnd()));
                    if (!text.equals(m.text())) {
                        throw new CorpusFormatException(mentions.toString(), m.line(), "mention '" + m.text()
                                + "' does not match the document tokens '" + text + "'" + (LinkMention.sameInNfc(
                                m.text(), text) ? " (the same text in another Unicode normalization form, NFC vs NFD: "
                                + "write both files in one form)" : ""));
                    }
                }
            }
            out.add(new LinkDocument(e.getKey(), toks, e.getValue()));
        }
        return out;
    }
}
