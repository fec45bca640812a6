package org.tagrank.integration.corenlp;

import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.rank.link.AliasPrior;
import org.tagrank.task.rank.link.AliasTable;
import org.tagrank.task.rank.link.EntityLinker;
import org.tagrank.task.rank.link.LinkDatasets;
import org.tagrank.task.rank.link.LinkOptions;
import org.tagrank.task.rank.link.LinkCorpus;
import org.tagrank.task.rank.link.LinkDocument;
import org.tagrank.task.rank.link.MentionFileReader;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A link model and alias table trained on the made-up fixtures, written into a directory. */
final class LinkTestModels {
    private LinkTestModels() {
    }

    record Files2(Path model, Path aliases) {
    }

    static Files2 write(Path dir) throws Exception {
        Path train = Path.of(LinkTestModels.class.getResource("/org/tagrank/task/rank/link/tiny-train.mentions.tsv").toURI());
        List<LinkDocument> docs = LinkCorpus.read(train);
        AliasPrior prior = AliasPrior.fromDocuments(docs);
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(LinkDatasets.training(docs, prior, null, LinkOptions.NONE, 1), null, TrainingListener.SILENT);
        Path model = dir.resolve("link.lin.zip");
        // the manifest entries training writes (a link model without link.features is refused)
        m = m.withProvenance(m.provenance().with(EntityLinker.optionProvenance(LinkOptions.NONE)));
        ModelIO.write(new EntityLinker(m, prior).bundle(), model);
        StringWriter w = new StringWriter();
        AliasTable.fromMentions(MentionFileReader.read(train)).write(w);
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, w.toString());
        return new Files2(model, aliases);
    }
}
