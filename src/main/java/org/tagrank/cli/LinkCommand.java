package org.tagrank.cli;

import org.tagrank.io.ResourceLocator;
import org.tagrank.task.rank.link.AliasTable;
import org.tagrank.task.rank.link.DictionaryMentions;
import org.tagrank.task.rank.link.EntityLinker;
import org.tagrank.task.rank.link.LinkDocument;
import org.tagrank.task.rank.link.LinkMention;
import org.tagrank.task.rank.link.MentionFileReader;
import org.tagrank.task.rank.link.Wikidict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code link rank} ranks the candidates of every mention of a mention file; {@code link aliases}
 * builds an alias table from mention files' candidate lists.
 */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Entity linking: rank mentions' candidates, build alias tables.",
        subcommands = {LinkCommand.Rank.class, LinkCommand.Text.class, LinkCommand.Aliases.class})
public final class LinkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code link} without a subcommand: the usage ("tagrank link ..."), and a usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(Main.streams().err());
        return ExitCodes.USAGE;
    }

    /**
     * Prints {@code doc_id mention_idx mention rank title probability score gold} (gold: 1, 0, or
     * ? when the file has none), best candidate first; a mention without candidates gets one
     * {@code NIL} line.
     */
    @Command(name = "rank", mixinStandardHelpOptions = true, description = "Rank each mention's candidates (TSV on stdout).")
    static final class Rank implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model (default: the bundled one).")
        String model;

        @Option(names = "--aliases", description = "Take candidates from this alias table instead of the mention file.")
        String aliases;

        @Option(names = "--wikidict", description = "CoreNLP's wikidict (models-english-kbp jar or wikidict.tab.gz), for a model trained with it.")
        String wikidict;

        @Option(names = "--wikidict-candidates", description = "With --aliases and --wikidict: each mention's 1-best "
                + "wikidict entity (what CoreNLP's entitylink links to) joins the alias table's candidates.")
        boolean dictionaryCandidates;

        @Option(names = "--top-k", defaultValue = "1", description = "Candidates printed per mention (0: all; default ${DEFAULT-VALUE}).")
        int topK;

        @Parameters(index = "0", paramLabel = "MENTIONS", description = "Mention file (aida-*.mentions.tsv layout; a .conll.tsv beside it adds context).")
        Path input;

        @Override
        public Integer call() throws Exception {
            if (topK < 0) {
                throw CliException.usage("--top-k must be >= 0, got " + topK);
            }
            if (input.toString().equals("-")) {
                throw CliException.usage("link rank reads a mention file (its .conll.tsv beside it gives the context), "
                        + "not standard input: pass MENTIONS");
            }
            if (dictionaryCandidates && (aliases == null || wikidict == null)) {
                throw CliException.usage("--wikidict-candidates needs --aliases TABLE and --wikidict PATH");
            }
            checkPaths(aliases, wikidict);
            Console c = common.console(Main.streams());
            EntityLinker linker = EntityLinker.load(model != null ? model : DefaultModels.locate(LinkTaskCli.DEFAULT_MODEL));
            checkWikidictUsed(linker, wikidict, dictionaryCandidates);
            if (LinkTaskCli.isEmpty(input)) { // no mention, no output (not even the header), as rank does
                return ExitCodes.OK;
            }
            List<LinkDocument> docs = LinkTaskCli.readCorpus(input, c);
            // read once, keeping the spellings of these mentions: all that candidates and features look up
            Wikidict dict = wikidict == null ? null
                    : LinkTaskCli.wikidict(java.util.Map.of("wikidict", wikidict), docs, c, linker.usesWikidictAliases());
            if (aliases != null) {
                AliasTable table = readAliases(aliases);
                docs = withAliases(docs, dictionaryCandidates ? table.withDictionary(dict) : table);
            }
            linker = withWikidict(linker, dict);
            BlockOutput out = new BlockOutput(c.out());
            out.line("#doc_id\tmention_idx\tmention\trank\ttitle\tprobability\tscore\tgold");
            long n = 0;
            long start = System.nanoTime();
            for (LinkDocument d : docs) {
                List<List<EntityLinker.Ranked>> ranked = linker.rank(d);
                for (int j = 0; j < ranked.size(); j++) {
                    LinkMention m = d.mentions().get(j);
                    n++;
                    String prefix = m.docId() + "\t" + m.index() + "\t" + m.text() + "\t";
                    if (ranked.get(j).isEmpty()) {
                        out.line(prefix + "1\t" + MentionFileReader.NIL + "\t1.0000\t0.0000\t" + gold(m, null));
                        continue;
                    }
                    int k = topK == 0 ? ranked.get(j).size() : Math.min(topK, ranked.get(j).size());
                    for (int r = 0; r < k; r++) {
                        EntityLinker.Ranked x = ranked.get(j).get(r);
                        out.format("%s%d\t%s\t%.4f\t%.4f\t%s%n", prefix, r + 1, x.title(), x.probability(),
                                x.score(), gold(m, x.title()));
                    }
                    out.maybeWrite();
                }
            }
            out.finish();
            c.progress(String.format(Locale.ROOT, "linked %d mentions in %.1f s", n, (System.nanoTime() - start) / 1e9));
            return ExitCodes.OK;
        }

        private static String gold(LinkMention m, String title) {
            if (m.gold() == null) {
                return "?";
            }
            return m.gold().equals(title) ? "1" : "0";
        }
    }

    /** A --wikidict nothing would read is a usage error (it was read, 2.7 GB for the full file, and then ignored). */
    static void checkWikidictUsed(EntityLinker linker, String wikidict, boolean dictionaryCandidates) {
        if (wikidict != null && !dictionaryCandidates && !linker.usesWikidict()) {
            throw CliException.usage("--wikidict is unused: the model has no wikidict features (link rank --aliases A "
                    + "--wikidict W --wikidict-candidates adds its 1-best entities as candidates)");
        }
    }

    /** The linker with the dictionary its model needs (or was given); a usage error when a model needs one and none is given. */
    static EntityLinker withWikidict(EntityLinker linker, String location, List<LinkDocument> docs, Console c)
            throws IOException {
        return withWikidict(linker, location == null ? null : LinkTaskCli.wikidict(java.util.Map.of("wikidict", location),
                docs, c, linker.usesWikidictAliases()));
    }

    /** {@link #withWikidict(EntityLinker, String, List, Console)} with the dictionary already read (or null). */
    static EntityLinker withWikidict(EntityLinker linker, Wikidict dict) {
        if (dict == null) {
            if (linker.usesWikidict()) {
                throw CliException.usage("this model was trained with the wikidict features: pass --wikidict PATH "
                        + "(the models-english-kbp jar or its wikidict.tab.gz)");
            }
            return linker;
        }
        return linker.withWikidict(dict);
    }

    /** An empty --aliases or --wikidict is a usage error naming the option (it said "location missing (null or blank)"). */
    static void checkPaths(String aliases, String wikidict) {
        if (aliases != null && aliases.isBlank()) {
            throw CliException.usage("--aliases needs a path (an alias table: link aliases -o TABLE)");
        }
        if (wikidict != null && wikidict.isBlank()) {
            throw CliException.usage("--wikidict needs a path (the models-english-kbp jar or wikidict.tab.gz)");
        }
    }

    static AliasTable readAliases(String location) throws IOException {
        ResourceLocator.Located l = ResourceLocator.open(location, "alias table");
        try (var in = l.stream()) {
            return AliasTable.read(in, location);
        }
    }

    /** The documents with every mention's candidates replaced by the alias table's (gold kept when found). */
    static List<LinkDocument> withAliases(List<LinkDocument> docs, AliasTable table) {
        List<LinkDocument> out = new ArrayList<>(docs.size());
        for (LinkDocument d : docs) {
            List<LinkMention> ms = new ArrayList<>();
            for (LinkMention m : d.mentions()) {
                var cs = table.candidates(m.text());
                int g = -1;
                for (int i = 0; i < cs.size(); i++) {
                    if (cs.get(i).title().equals(m.gold())) {
                        g = i;
                    }
                }
                ms.add(new LinkMention(m.docId(), m.index(), m.tokStart(), m.tokEnd(), m.text(), m.gold(), cs, g, m.line()));
            }
            out.add(new LinkDocument(d.id(), d.tokens(), ms));
        }
        return out;
    }

    /**
     * Links raw text (one document per file, or stdin): mentions are found by alias-table lookup
     * and printed as {@code doc mention_idx tok_start tok_end mention rank title probability score}.
     */
    @Command(name = "text", mixinStandardHelpOptions = true,
            description = "Find alias-table mentions in raw text and link them (TSV on stdout).")
    static final class Text implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model (default: the bundled one).")
        String model;

        @Option(names = "--aliases", required = true, description = "Alias table (see docs/usage-link.md).")
        String aliases;

        @Option(names = "--wikidict", description = "CoreNLP's wikidict (models-english-kbp jar or wikidict.tab.gz), for a model trained with it.")
        String wikidict;

        @Option(names = "--top-k", defaultValue = "1", description = "Candidates printed per mention (0: all; default ${DEFAULT-VALUE}).")
        int topK;

        @Option(names = "--max-words", defaultValue = "6", description = "Longest mention in words (default ${DEFAULT-VALUE}; the period of 'D.' or 'Corp.' and a hyphenated word's parts count as one word).")
        int maxWords;

        @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text files, one document each ('-' or none: stdin).")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (topK < 0 || maxWords < 1) {
                throw CliException.usage("--top-k must be >= 0 and --max-words >= 1");
            }
            if (inputs.stream().filter(p -> p.toString().equals("-")).count() > 1) { // the second read a closed stream
                throw CliException.usage("'-' (standard input) may be given once");
            }
            checkPaths(aliases, wikidict);
            Console c = common.console(Main.streams());
            EntityLinker linker = EntityLinker.load(model != null ? model : DefaultModels.locate(LinkTaskCli.DEFAULT_MODEL));
            checkWikidictUsed(linker, wikidict, false);
            AliasTable table = readAliases(aliases);
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (inputs.isEmpty()) {
                names.add("-");
                texts.add(org.tagrank.io.Readers.readString(System.in, "<stdin>"));
            } else {
                for (Path p : inputs) {
                    names.add(p.toString());
                    texts.add(p.toString().equals("-") ? org.tagrank.io.Readers.readString(System.in, "<stdin>")
                            : org.tagrank.io.Readers.readString(p));
                }
            }
            List<LinkDocument> docs = new ArrayList<>();
            for (int t = 0; t < texts.size(); t++) {
                docs.add(DictionaryMentions.find(names.get(t), texts.get(t), table, maxWords));
            }
            linker = withWikidict(linker, wikidict, docs, c);
            BlockOutput out = new BlockOutput(c.out());
            out.line("#doc\tmention_idx\ttok_start\ttok_end\tmention\trank\ttitle\tprobability\tscore");
            for (int t = 0; t < texts.size(); t++) {
                LinkDocument d = docs.get(t);
                List<List<EntityLinker.Ranked>> ranked = linker.rank(d);
                for (int j = 0; j < ranked.size(); j++) {
                    LinkMention m = d.mentions().get(j);
                    int k = topK == 0 ? ranked.get(j).size() : Math.min(topK, ranked.get(j).size());
                    for (int r = 0; r < k; r++) {
                        EntityLinker.Ranked x = ranked.get(j).get(r);
                        out.format("%s\t%d\t%d\t%d\t%s\t%d\t%s\t%.4f\t%.4f%n", names.get(t), j,
                                m.tokStart(), m.tokEnd(), m.text(), r + 1, x.title(), x.probability(), x.score());
                    }
                    out.maybeWrite();
                }
            }
            out.finish();
            return ExitCodes.OK;
        }
    }

    /** Builds an alias table from the candidate lists of mention files. */
    @Command(name = "aliases", mixinStandardHelpOptions = true,
            description = "Build an alias table from mention files' candidate lists and, optionally, CoreNLP's wikidict.")
    static final class Aliases implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = {"--out", "-o"}, required = true, converter = AtomicFiles.OutputFile.class,
                description = "Alias table to write.")
        Path out;

        @Parameters(arity = "0..*", paramLabel = "MENTIONS", description = "Mention files (aida-*.mentions.tsv layout; "
                + "'-': stdin).")
        List<Path> inputs = List.of();

        @Option(names = "--wikidict", paramLabel = "PATH",
                description = "Also CoreNLP's wikidict (models-english-kbp jar or wikidict.tab.gz): each alias's 1-best entity "
                        + "becomes a candidate, if the mention files list that entity (for its statistics).")
        String wikidict;

        @Option(names = "--wikidict-unknown", description = "With --wikidict: also the entities the mention files do not "
                + "list, with unknown popularity and no link counts (21M aliases: about 15 GB of heap).")
        boolean unknownEntities;

        @Override
        public Integer call() throws Exception {
            if (inputs.isEmpty() && wikidict == null) {
                throw CliException.usage("give mention files, --wikidict PATH, or both");
            }
            if (unknownEntities && wikidict == null) {
                throw CliException.usage("--wikidict-unknown needs --wikidict PATH");
            }
            if (inputs.isEmpty() && !unknownEntities) {
                throw CliException.usage("--wikidict alone keeps no alias (it keeps the entities the mention files list): "
                        + "give mention files, or --wikidict-unknown");
            }
            if (inputs.stream().filter(p -> p.toString().equals("-")).count() > 1) { // the second read a closed stream
                throw CliException.usage("'-' (standard input) may be given once");
            }
            AtomicFiles.checkTarget(out, "-o");
            List<Path> read = new ArrayList<>(inputs);
            read.add(AtomicFiles.location(wikidict)); // the dictionary too: -o W replaced it with the table
            AtomicFiles.checkNotInput(out, "--out/-o", read.toArray(new Path[0]));
            Console c = common.console(Main.streams());
            List<LinkMention> all = new ArrayList<>();
            for (Path p : inputs) {
                all.addAll(p.toString().equals("-")
                        ? MentionFileReader.read(org.tagrank.io.Readers.utf8(System.in, "<stdin>"), "<stdin>")
                        : MentionFileReader.read(p));
            }
            AliasTable t = AliasTable.fromMentions(all);
            if (wikidict != null) {
                int before = t.size();
                c.progress("reading " + wikidict);
                t = t.withWikidict(wikidict, unknownEntities);
                c.progress(String.format(Locale.ROOT, "wikidict: %d aliases, %d of them new", t.size(), t.size() - before));
            }
            AliasTable table = t;
            AtomicFiles.write(out, os -> {
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
                table.write(w);
                w.flush();
            });
            c.progress(String.format(Locale.ROOT, "wrote %d aliases to %s", t.size(), out));
            return ExitCodes.OK;
        }
    }
}
