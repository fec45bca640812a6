package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real StanfordCoreNLPServer through {@code scripts/corenlp-server} on a free loopback port
 * and sends it 200 requests from 8 concurrent clients; every token must come back tagged, with the
 * tags of a single-threaded in-process pipeline configured from the same properties file.
 */
class CoreNlpServerIT {
    private static final int REQUESTS = 200;
    private static final int CLIENTS = 8;
    private static final String ANNOTATORS = "tokenize,ssplit,trpos";
    private static final Path PROPS = Path.of(System.getProperty("tagrank.corenlp.serverProps",
            "scripts/corenlp-server.properties"));

    private static Process server;
    private static Path log;
    private static int port;
    private static boolean upos;

    @BeforeAll
    static void startServer() throws Exception {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(PROPS)) {
            props.load(r);
        }
        upos = Boolean.parseBoolean(props.getProperty("trpos.upos", "false").trim());
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        log = Files.createTempFile("corenlp-server-it", ".log");
        ProcessBuilder pb = new ProcessBuilder("scripts/corenlp-server", "-threads", "4", "-timeout", "60000");
        pb.environment().put("CORENLP_PORT", Integer.toString(port));
        pb.environment().put("CORENLP_SERVER_PROPS", PROPS.toString());
        pb.environment().put("TAGRANK_SERVER_CP", System.getProperty("java.class.path"));
        pb.environment().put("TAGRANK_JAVA_OPTS", "-Xmx1g");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        server = pb.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!server.isAlive()) {
                fail("server exited with " + server.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base().resolve("/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                fail("server not ready after 120 s:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Request texts: one to three consecutive sentences of our own sample text. */
    private static List<String> requestTexts() throws IOException {
        List<String> lines;
        try (InputStream in = CoreNlpServerIT.class.getResourceAsStream("sample-en.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int from = i % lines.size();
            int to = Math.min(lines.size(), from + 1 + i % 3);
            texts.add(String.join(" ", lines.subList(from, to)));
        }
        return texts;
    }

    /** word/XPOS(/UPOS) per token, per sentence, as one comparable string per sentence. */
    private static List<String> expected(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            StringBuilder sb = new StringBuilder();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                sb.append(t.word()).append('/').append(t.tag());
                if (upos) {
                    sb.append('/').append(t.get(CoreAnnotations.CoarseTagAnnotation.class));
                }
                sb.append(' ');
            }
            out.add(sb.toString().trim());
        }
        return out;
    }

    private static List<String> fromServer(List<List<CoNllU>> sentences) {
        List<String> out = new ArrayList<>();
        for (List<CoNllU> s : sentences) {
            StringBuilder sb = new StringBuilder();
            for (CoNllU t : s) {
                assertFalse(t.xpos().isEmpty() || t.xpos().equals("_"), "untagged token " + t.form());
                sb.append(t.form()).append('/').append(t.xpos());
                if (upos) {
                    assertFalse(t.upos().isEmpty() || t.upos().equals("_"), "no UPOS for " + t.form());
                    sb.append('/').append(t.upos());
                }
                sb.append(' ');
            }
            out.add(sb.toString().trim());
        }
        return out;
    }

    @Test
    void concurrentRequestsAreAllTaggedLikeASingleThread() throws Exception {
        List<String> texts = requestTexts();
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(PROPS)) {
            props.load(r);
        }
        props.setProperty("annotators", ANNOTATORS);
        props.remove("outputFormat");
        StanfordCoreNLP single = new StanfordCoreNLP(props);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String text : texts) {
            expected.computeIfAbsent(text, t -> expected(single, t));
        }

        String query = URLEncoder.encode("{\"annotators\":\"" + ANNOTATORS + "\",\"outputFormat\":\"conllu\"}",
                StandardCharsets.UTF_8);
        URI uri = base().resolve("/?properties=" + query);
        List<String>[] responses = newArray(REQUESTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                jobs.add(() -> {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    for (int i = client; i < REQUESTS; i += CLIENTS) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(texts.get(i), StandardCharsets.UTF_8))
                                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        assertEquals(200, r.statusCode(), () -> "request failed: " + r.body());
                        responses[i] = fromServer(CoNllU.parse(r.body()));
                    }
                    return null;
                });
            }
            List<Future<Void>> done = clients.invokeAll(jobs, 300, TimeUnit.SECONDS);
            for (Future<Void> f : done) {
                assertFalse(f.isCancelled(), "requests did not finish within 300 s");
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        int tokens = 0;
        for (int i = 0; i < REQUESTS; i++) {
            assertEquals(expected.get(texts.get(i)), responses[i], "request " + i);
            tokens += responses[i].stream().mapToInt(s -> s.split(" ").length).sum();
        }
        assertTrue(tokens > REQUESTS * 10, "too few tokens came back: " + tokens);
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp() && !nif.isLoopback()) {
                nif.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(external::add);
            }
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        for (InetAddress a : external) {
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, port), 2000);
                }
            }, "server reachable on " + a);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newArray(int n) {
        return (List<String>[]) new List<?>[n];
    }
}
