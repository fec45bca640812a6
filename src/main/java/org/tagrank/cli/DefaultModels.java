package org.tagrank.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a task's default model ({@code models/...}) is, one rule for every task and command: the file relative to the
 * working directory if it is there, else the file in the running jar's checkout ({@code target/x.jar} ->
 * {@code ../models/...}), else the name itself, which the loader then finds on the classpath (the jar's copy).
 * The files come first so that a model re-trained into {@code models/} is the one used, wherever TagRank runs from.
 */
final class DefaultModels {
    private DefaultModels() {
    }

    static String locate(String relative) {
        return locate(relative, Path.of(System.getProperty("user.dir")), codeLocation());
    }

    /** The rule itself, for a working directory and the jar or classes directory the code runs from (null: unknown). */
    static String locate(String relative, Path workingDir, Path code) {
        if (Files.isRegularFile(workingDir.resolve(relative))) {
            return relative; // read relative to the working directory, and named as the user would
        }
        Path project = code == null || code.getParent() == null ? null : code.getParent().getParent();
        if (project != null && Files.isRegularFile(project.resolve(relative))) {
            return project.resolve(relative).toString();
        }
        return relative;
    }

    private static Path codeLocation() {
        try {
            return Path.of(DefaultModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null; // no usable code location: the classpath alone
        }
    }
}
