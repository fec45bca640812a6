package org.tagrank.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a model file, read after its format version is checked: a newer format may rename entries or
 * write lines this version cannot parse, and the version, not what it lacks, is then what the user must hear.
 */
final class ModelHeader {
    private static final String MANIFEST = "manifest.properties";

    private ModelHeader() {
    }

    /** The parsed manifest, once the version is one this TagRank reads and the entries every model has are there. */
    static Map<String, String> read(ModelEntries entries, String source) throws ModelFormatException {
        // another zip (a jar, an OpenNLP model) is no TagRank model, which "corrupt" would not tell
        boolean ours = !java.util.Collections.disjoint(entries.names(), List.of("labels.txt", "features.txt", "weights.bin"));
        if (!entries.names().contains(MANIFEST)) {
            for (String name : entries.names()) {
                if (!ours && name.endsWith("/" + MANIFEST)) { // unzipped to look at, zipped again with 'zip -r m.zip m/'
                    throw new ModelFormatException(source + ": a TagRank model zipped with its folder (" + name
                            + "): zip the files themselves, not their folder");
                }
            }
            throw new ModelFormatException(source + (ours ? ": corrupt or truncated model file: no " + MANIFEST
                    : ": not a TagRank model (a zip without its entries " + MANIFEST + ", labels.txt, features.txt and weights.bin)"));
        }
        String text = new String(entries.bytes(MANIFEST), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) { // an editor's byte-order mark (Notepad): part of no key
            text = text.substring(1);
        }
        String version = lineValue(text, "format.version");
        String openNlp = lineValue(text, "OpenNLP-Version");
        if (version == null && !ours && openNlp != null) {
            String component = lineValue(text, "Component-Name");
            throw new ModelFormatException(source + ": an OpenNLP model (" + (component != null ? component + ", " : "")
                    + "OpenNLP " + openNlp + "), not a TagRank model: TagRank reads the models its own train command writes");
        }
        if (version == null) {
            throw new ModelFormatException(source + (ours ? ": the manifest lacks 'format.version'"
                    : ": not a TagRank model (its manifest.properties has no format.version, and it has no labels.txt, "
                    + "features.txt or weights.bin)"));
        }
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new ModelFormatException(source + ": manifest 'format.version' is not a number: " + version);
        }
        if (v > ModelIO.FORMAT_VERSION) {
            throw new ModelFormatException(source + ": model format version " + v + " is newer than this TagRank ("
                    + ModelIO.libraryVersion() + ") reads (" + ModelIO.FORMAT_VERSION + "); upgrade TagRank");
        }
        if (v < 1) {
            throw new ModelFormatException(source + ": bad model format version " + v);
        }
        Map<String, String> manifest = Manifest.parse(text, source);
        for (String required : List.of("labels.txt", "features.txt", "weights.bin")) {
            if (!entries.names().contains(required)) {
                throw new ModelFormatException(source + ": corrupt or truncated model file: no " + required);
            }
        }
        checkAttachments(entries, manifest.getOrDefault("attachments", ""), source);
        return manifest;
    }

    /**
     * The entries besides the four every model has are the manifest's {@code attachments}, no more: tasks take some
     * by their presence alone (a POS model's upos.tsv), so one added to the zip would change the model unseen.
     */
    private static void checkAttachments(ModelEntries entries, String listed, String source) throws ModelFormatException {
        List<String> names = listed.isEmpty() ? List.of() : List.of(listed.split(","));
        for (String name : names) {
            if (!entries.names().contains(name)) {
                throw new ModelFormatException(source + ": corrupt or truncated model file: no " + name);
            }
        }
        for (String name : entries.names()) {
            if (!ModelIO.RESERVED.contains(name) && !names.contains(name)) {
                throw new ModelFormatException(source + ": corrupt or crafted model file: entry " + name
                        + " is not listed in its manifest (attachments=" + listed + ")");
            }
        }
    }

    /**
     * What a file that is no zip is, after "not a TagRank model": a web page is said to be one (GitHub's page of a model
     * file, not its raw link, is the usual way to get one).
     */
    static String notAZip(byte[] all) {
        String head = new String(all, 0, Math.min(all.length, 256), StandardCharsets.ISO_8859_1).strip()
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                ? " but a web page (HTML); for a file on a web site give the URL of the file itself (on GitHub its 'raw' link)"
                : " (not a zip, or an empty one)";
    }

    /** The value of the first {@code key=} line, found without parsing the rest; null when there is none. */
    static String lineValue(String text, String key) {
        for (String raw : text.split("\n")) {
            String line = Manifest.withoutCr(raw);
            if (line.startsWith(key) && line.length() > key.length() && line.charAt(key.length()) == '=') {
                return line.substring(key.length() + 1);
            }
        }
        return null;
    }
}
