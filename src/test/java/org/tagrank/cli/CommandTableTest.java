package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's command table and the commands' --help agree: every command is in both; every option a command's synopsis
 * cell names exists; and every option --help lists is named somewhere in the command's row (the options every
 * command has, --help, --version, --quiet and --verbose, are described once above the table). Beyond the table, every
 * {@code scripts/tagrank ...} command line of the docs (README, docs/, models/) names only options its command has.
 */
class CommandTableTest {
    static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])\\b");
    static final List<String> COMMON = List.of("--help", "-h", "--version", "-V", "--quiet", "--verbose");

    /** Table rows by command name: the synopsis cell and the whole row. */
    static Map<String, String[]> readmeRows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            inTable = line.equals("| command | what it does |") || inTable && line.startsWith("|");
            if (!inTable || !line.startsWith("| `")) {
                continue;
            }
            // cells are split at '|' outside backticks (synopses hold 'perceptron\|lr')
            String synopsis = line.substring(2, line.indexOf("` |") + 1);
            String name = synopsis.substring(1).split("[ `]")[0];
            rows.put(name, new String[]{synopsis, line});
        }
        return rows;
    }

    static Map<String, CommandLine> commands() {
        return new CommandLine(new Main()).getSubcommands();
    }

    static List<String> optionsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyCommandIsInTheTableAndEveryRowIsACommand() throws IOException {
        Map<String, String[]> rows = readmeRows();
        assertEquals(new TreeSet<>(commands().keySet()), new TreeSet<>(rows.keySet()));
    }

    @Test
    void theSynopsisNamesOnlyOptionsTheCommandHas() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> row : readmeRows().entrySet()) {
            CommandLine command = commands().get(row.getKey());
            if (command == null) {
                continue; // reported by the test above
            }
            for (String option : optionsIn(row.getValue()[0])) {
                boolean known = command.getCommandSpec().findOption(option) != null
                        || command.getSubcommands().values().stream().anyMatch(s -> s.getCommandSpec().findOption(option) != null);
                if (!known) {
                    wrong.add(row.getKey() + " " + option);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "README's command table names options the command does not have: " + wrong);
    }

    @Test
    void everyOptionOfHelpIsInTheCommandsRow() throws IOException {
        Map<String, String[]> rows = readmeRows();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, CommandLine> c : commands().entrySet()) {
            String[] row = rows.get(c.getKey());
            if (row == null || !c.getValue().getSubcommands().isEmpty()) {
                continue; // link: its subcommands' options are in docs/usage-link.md
            }
            List<String> named = optionsIn(row[1]);
            for (OptionSpec o : c.getValue().getCommandSpec().options()) {
                List<String> names = List.of(o.names());
                if (names.stream().noneMatch(COMMON::contains) && names.stream().noneMatch(named::contains)) {
                    missing.add(c.getKey() + " " + o.longestName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "--help lists options README's command table does not mention: " + missing);
    }

    @Test
    void linksRowNamesItsSubcommands() throws IOException {
        String synopsis = readmeRows().get("link")[0];
        Matcher m = Pattern.compile("`link ([a-z|\\\\]+)").matcher(synopsis);
        assertTrue(m.find(), synopsis);
        assertEquals(new TreeSet<>(commands().get("link").getSubcommands().keySet()),
                new TreeSet<>(List.of(m.group(1).replace("\\", "").split("\\|"))));
    }

    /** A {@code scripts/tagrank CMD [SUB] ...} command line of the docs, up to the end of its code span or line. */
    static final Pattern DOC_COMMAND = Pattern.compile("scripts/tagrank +([a-z]+)((?: +[a-z]+)?)([^`\n|]*)");

    /** The options of the docs' command lines that their command does not have, as FILE:LINE: COMMAND OPTION. */
    static List<String> unknownOptionsInCommandLines(String file, String markdown) {
        List<String> wrong = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            StringBuilder line = new StringBuilder(lines[i]);
            for (int j = i + 1; j < lines.length && line.toString().endsWith("\\"); j++) { // shell continuation lines
                line.setLength(line.length() - 1);
                line.append(' ').append(lines[j]);
            }
            Matcher m = DOC_COMMAND.matcher(line);
            while (m.find()) {
                CommandLine command = commands().get(m.group(1));
                if (command == null) {
                    continue; // prose such as 'scripts/tagrank runs the JVM'
                }
                String rest = m.group(2) + m.group(3);
                CommandLine sub = command.getSubcommands().get(m.group(2).strip());
                if (sub != null) {
                    command = sub;
                    rest = m.group(3);
                }
                for (String option : optionsIn(rest.replaceAll("\\S*[=/]\\S*", " "))) { // not inside paths or values
                    if (!COMMON.contains(option) && command.getCommandSpec().findOption(option) == null) {
                        wrong.add(file + ":" + (i + 1) + ": " + command.getCommandName() + " " + option);
                    }
                }
            }
        }
        return wrong;
    }

    @Test
    void theDocsCommandLinesNameOnlyOptionsTheCommandHas() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("docs/BENCHMARKS.md")));
        for (String dir : List.of("docs", "models")) {
            try (var s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        }
        for (Path doc : docs.stream().distinct().toList()) {
            wrong.addAll(unknownOptionsInCommandLines(doc.toString(), Files.readString(doc, StandardCharsets.UTF_8)));
        }
        assertTrue(wrong.isEmpty(), "documented command lines name options their command does not have: " + wrong);
    }

    @Test
    void aRenamedOptionInADocCommandLineIsReported() {
        String md = "```sh\nscripts/tagrank tag --input-fmt tokens x.txt\nscripts/tagrank link rank --topk 3 \\\n"
                + "    --aliases a.tsv m.tsv\n```\nand `scripts/tagrank eval --task pos --data d/--x.conllu`\n";
        assertEquals(List.of("t.md:2: tag --input-fmt", "t.md:3: rank --topk"), unknownOptionsInCommandLines("t.md", md));
    }
}
