package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mistyped command name said "Unmatched arguments from index 0: 'tga', 'notes.txt'", naming no command. */
class UnknownCommandCliTest {
    @Test
    void aMistypedCommandIsNamedWithTheCommandsThereAre() {
        CliTest.Run r = CliTest.run("tga", "notes.txt");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: unknown command 'tga' (did you mean 'tag'? commands: train, eval, tag, rank, classify, link,"
                + " info, compare, bench, clusters, embclasses)\ntry 'tagrank --help'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedSubcommandOfLinkIsNamedToo() {
        CliTest.Run r = CliTest.run("link", "rnak", "mentions.tsv");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: unknown command 'rnak' (did you mean 'rank'? commands: rank, text, aliases)\n"
                + "try 'tagrank link --help'\n", r.err());
    }

    @Test
    void aWordWithNoCloseCommandGetsTheListAlone() {
        CliTest.Run r = CliTest.run("zzzzzz");
        assertEquals("tagrank: unknown command 'zzzzzz' (commands: train, eval, tag, rank, classify, link, info, compare,"
                + " bench, clusters, embclasses)\ntry 'tagrank --help'\n", r.err());
    }
}
