// Load generator for scripts/bench-corenlp-server (run as a single-file program: java BenchCoreNlpServer.java ...).
// Sends a bounded number of POST requests from concurrent clients to a CoreNLP server on 127.0.0.1 and
// prints one TSV line: annotators, requests, clients, seconds, requests/s, p50 ms, p99 ms, tokens, tokens/s.
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class BenchCoreNlpServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String annotators = args[1];
        List<String> texts = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        int requests = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        String query = URLEncoder.encode("{\"annotators\":\"" + annotators + "\",\"outputFormat\":\"conllu\"}",
                StandardCharsets.UTF_8);
        URI uri = URI.create("http://127.0.0.1:" + port + "/?properties=" + query);
        boolean tagged = !annotators.equals("tokenize,ssplit");
        run(uri, texts, warmup, clients, tagged, new long[warmup], new AtomicLong());
        long[] latencies = new long[requests];
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        run(uri, texts, requests, clients, tagged, latencies, tokens);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.println(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%.1f\t%.1f\t%.1f\t%d\t%.0f", annotators,
                requests, clients, seconds, requests / seconds, latencies[(int) (0.50 * (requests - 1))] / 1e6,
                latencies[(int) Math.ceil(0.99 * (requests - 1))] / 1e6, tokens.get(), tokens.get() / seconds));
    }

    private static void run(URI uri, List<String> texts, int requests, int clients, boolean tagged, long[] latencies,
                            AtomicLong tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = client; i < requests; i += clients) {
                    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(texts.get(i % texts.size()))).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    latencies[i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    for (String line : r.body().split("\n")) {
                        String[] cols = line.split("\t");
                        if (cols.length == 10 && !line.startsWith("#")) {
                            if (tagged && cols[4].equals("_")) {
                                throw new IllegalStateException("untagged token in response: " + line);
                            }
                            tokens.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("requests did not finish within 30 minutes");
        }
        for (Future<Void> f : futures) {
            f.get();
        }
    }
}
