package org.tagrank.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a resource named by an existing file's path, a URL (any {@code scheme:} of two or more letters), or
 * a classpath resource, in that order, for {@code *.model} properties as in CoreNLP (so a file named
 * {@code pos:v2.zip} is read as the file it is, not refused as a bad URL). CoreNLP's
 * IOUtils tries the classpath before the file system; here an existing file wins, because the bundled
 * models are classpath resources under the same relative names as in a checkout ({@code models/…}), and
 * a model re-trained into that directory must not be shadowed by the jar's copy. Callers say which was
 * used ({@link Located#description()}).
 */
public final class ResourceLocator {

    /**
     * The system property saying how long, in milliseconds, a URL may send nothing, connecting or reading, before
     * reading it fails (default 60,000): a stalled server kept {@code tag --model URL} or a starting CoreNLP pipeline
     * waiting for ever. A JVM-wide setting, as the JDK's own {@code sun.net.client.defaultReadTimeout}.
     */
    public static final String URL_TIMEOUT_PROPERTY = "tagrank.url.timeout.ms";
    private static final int DEFAULT_URL_TIMEOUT_MILLIS = 60_000;

    /** The URL time limit in milliseconds, read at each use; a value that is not a positive int is an error naming it. */
    static int urlTimeoutMillis() {
        String v = System.getProperty(URL_TIMEOUT_PROPERTY);
        if (v == null) {
            return DEFAULT_URL_TIMEOUT_MILLIS;
        }
        try {
            int ms = Integer.parseInt(v.strip());
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException("system property " + URL_TIMEOUT_PROPERTY
                + " must be a positive number of milliseconds, got '" + v + "'");
    }

    /** A system property with a value it cannot have: the command line's fault (the CLI's usage error), not the data's. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidSettingException(String message) {
            super(message);
        }
    }

    private ResourceLocator() {
    }

    /** An open stream and a description of where it came from. */
    public record Located(InputStream stream, String description) {
    }

    /** {@link #open(String)}, a location not found or not a file named as {@code what} ("alias table not found ..."). */
    public static Located open(String location, String what) throws IOException {
        try {
            return open(location);
        } catch (FileNotFoundException e) {
            FileNotFoundException named = new FileNotFoundException(what + " " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    public static Located open(String location) throws IOException {
        if (location == null || location.isBlank()) {
            throw new FileNotFoundException("location missing (null or blank)");
        }
        Path path = pathOrNull(location);
        if (path != null && isFile(path)) {
            return openFile(path);
        }
        if (isUrl(location)) {
            java.net.URL url = url(location);
            try {
                return new Located(new StallNaming(openUrl(url), "URL " + location), "URL " + location);
            } catch (java.net.SocketTimeoutException e) {
                throw new FileNotFoundException("cannot be read from " + location + ": no answer in " + timeout());
            } catch (java.net.UnknownHostException e) {
                throw new FileNotFoundException("cannot be read from " + location + ": unknown host " + e.getMessage());
            } catch (FileNotFoundException e) { // HTTP 404/410 (the message is only the URL) or a missing file: URL
                String why = e.getMessage();
                throw new FileNotFoundException("cannot be read from " + location + ": "
                        + (why == null || why.equals(location) || why.equals(url.toString()) ? "not found there" : why));
            } catch (IOException e) {
                // the bare messages ("Connection refused", a status line) do not say which URL failed
                throw new FileNotFoundException("cannot be read from " + location + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            }
        }
        // it exists: "not found" would send the user looking for it; and the classpath's directory of the same name
        // (the checkout's models/ is the jar's too) read as an empty file or a listing of names
        String resource = location.startsWith("/") ? location.substring(1) : location;
        java.net.URL found = ResourceLocator.class.getClassLoader().getResource(resource);
        if (path != null && Files.isDirectory(path) || found != null && isDirectory(found)) {
            throw new FileNotFoundException("is a directory, not a file: " + location);
        }
        if (found != null) {
            return new Located(found.openStream(), "classpath " + resource);
        }
        throw new FileNotFoundException("not found as a file or classpath resource: " + location);
    }

    /** Whether a classpath resource is a directory: a jar's directory entry, or a directory of the class path. */
    private static boolean isDirectory(java.net.URL resource) throws IOException {
        if (resource.getProtocol().equals("jar")) {
            // the JDK's cached JarFile, as openStream() below uses it
            java.util.jar.JarEntry e = ((java.net.JarURLConnection) resource.openConnection()).getJarEntry();
            return e != null && e.isDirectory();
        }
        if (resource.getProtocol().equals("file")) {
            try {
                return Files.isDirectory(Path.of(resource.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The URL's stream. A redirect reaching here is one Java does not follow (http to https, or back): its page was read
     * as the resource ('not a TagRank model'), so it is refused naming where it points.
     */
    private static InputStream openUrl(java.net.URL url) throws IOException {
        int ms = urlTimeoutMillis();
        java.net.URLConnection c = url.openConnection();
        c.setConnectTimeout(ms);
        c.setReadTimeout(ms);
        if (c instanceof java.net.HttpURLConnection h) {
            int code = h.getResponseCode();
            if (code >= 300 && code < 400) {
                String to = h.getHeaderField("Location");
                h.disconnect();
                throw new FileNotFoundException("redirected (HTTP " + code + ") to "
                        + to + ", which Java does not follow from http to https or back: give that URL");
            }
        }
        return c.getInputStream();
    }

    private static String timeout() {
        int ms = urlTimeoutMillis();
        return (ms % 1000 == 0 ? Integer.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0)) + " s";
    }

    /** A URL's stream whose read timing out says which URL stopped ('Read timed out' named none). */
    private static final class StallNaming extends java.io.FilterInputStream {
        private final String description;

        StallNaming(InputStream in, String description) {
            super(in);
            this.description = description;
        }

        private java.net.SocketTimeoutException named() {
            return new java.net.SocketTimeoutException(description + ": the download stopped: no byte in " + timeout());
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (java.net.SocketTimeoutException e) {
                throw named();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (java.net.SocketTimeoutException e) {
                throw named();
            }
        }
    }

    private static Located openFile(Path path) throws IOException {
        // a pipe through FileInputStream (a channel's available() says 'Illegal seek'), buffered (its own
        // readAllBytes asks the position of a pipe, the same error)
        return new Located(Files.isRegularFile(path) ? Files.newInputStream(path)
                : new java.io.BufferedInputStream(new java.io.FileInputStream(path.toFile())), "file " + path);
    }

    /**
     * The URL, strict (URI syntax); a {@code file:} URL also as {@link java.net.URL} reads it, which accepts a raw
     * space ({@code file:/tmp/my model.zip}) as the JDK's file handler and CoreNLP do.
     */
    @SuppressWarnings("deprecation") // new URL(String): the lenient parse is the point; Java 17 does not deprecate it
    private static java.net.URL url(String location) throws FileNotFoundException {
        try {
            return new URI(location).toURL();
        } catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException e) {
            if (location.regionMatches(true, 0, "file:", 0, 5)) {
                try {
                    return new java.net.URL(location);
                } catch (java.net.MalformedURLException ignored) {
                    // reported below, as any other
                }
            }
            throw new FileNotFoundException("location is not a valid URL: " + location);
        }
    }

    /** The location as a path, or null when it cannot be one on this system (an invalid path is no file). */
    private static Path pathOrNull(String location) {
        try {
            return Path.of(location);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Where {@link #open} would read {@code location} from ("URL …", "file …", "classpath …"), without opening it,
     * or null when it is neither an existing file nor a classpath resource; for "model: …" lines in the CLI.
     */
    public static String describe(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        Path path = pathOrNull(location);
        if (path != null && isFile(path)) {
            return "file " + path;
        }
        if (isUrl(location)) {
            return "URL " + location;
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        return ResourceLocator.class.getClassLoader().getResource(resource) != null ? "classpath " + resource : null;
    }

    /**
     * A file to read: a regular one, or a named pipe or {@code /dev/fd/N} (bash's {@code <(cmd)}), which were
     * reported "not found as a file or classpath resource" though they exist.
     */
    private static boolean isFile(Path path) {
        return Files.isRegularFile(path) || Files.exists(path) && !Files.isDirectory(path);
    }

    /**
     * Whether the location starts with a URL scheme: a letter, then one or more of letters, digits,
     * '+', '.', '-', then ':' (so a Windows drive "C:\\" is a path). No regex: it is on every model's load path.
     */
    static boolean isUrl(String location) {
        int colon = location.indexOf(':');
        if (colon < 2 || !isAsciiLetter(location.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = location.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
