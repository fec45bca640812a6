package org.tagrank.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tasks the CLI knows, by {@code --task} name. Add one line per task. */
public final class Tasks {
    private Tasks() {
    }

    private static List<TaskCli> all() {
        return List.of(
                new PosTaskCli(),
                new RankTaskCli(),
                new MctestTaskCli(),
                new LinkTaskCli(),
                new ClassifyTaskCli()
        );
    }

    public static Map<String, TaskCli> byName() {
        Map<String, TaskCli> m = new LinkedHashMap<>();
        for (TaskCli t : all()) {
            m.put(t.name(), t);
        }
        return m;
    }

    /** The task names, for picocli's {@code ${COMPLETION-CANDIDATES}} in help texts. */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return byName().keySet().iterator();
        }
    }

    public static TaskCli get(String name) {
        TaskCli t = byName().get(name);
        if (t == null) {
            throw CliException.usage("unknown task '" + name + "' (known: " + String.join(", ", byName().keySet()) + ")");
        }
        return t;
    }
}
