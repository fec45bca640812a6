package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The manifest's {@code train.command} joined the arguments with spaces as they were: '--data my data.tsv' read as two
 * arguments, and the command, run again as recorded, trained on other files. An argument a shell would split or expand
 * is recorded single-quoted, as a shell takes it back; the others (every bundled model's) as before.
 */
class RecordedCommandQuotingTest {
    @Test
    void anArgumentWithASpaceOrAShellCharacterIsQuoted() {
        assertEquals("tagrank train --task pos --data 'my data.conllu' --param 'unlabeled=news 1.txt' "
                        + "--param templates=unigram,bigram --out 'it'\\''s.zip' --cost NN:NNS=0.5 --data=x.tsv 'a*b' ü.tsv",
                TrainCommand.recordedCommand(List.of("train", "--task", "pos", "--data", "/home/me/my data.conllu",
                        "--param", "unlabeled=/x/news 1.txt", "--param", "templates=unigram,bigram", "--out", "it's.zip",
                        "--cost", "NN:NNS=0.5", "--data=/c/x.tsv", "a*b", "/d/ü.tsv")));
    }

    @Test
    void anEmptyArgumentIsKept() {
        assertEquals("tagrank train --templates ''", TrainCommand.recordedCommand(List.of("train", "--templates", "")));
    }
}
