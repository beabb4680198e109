package io.jenkins.plugins.dingtalkinspect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand on one socket, for what {@link java.net.http.HttpClient} refuses to send (a request
 * target that is not a valid URI) and for several requests on one kept-alive connection.
 */
final class RawHttp implements Closeable {

    /** One answer: status code, lower-cased header block and body. */
    record Response(int status, String headers, String body) {
        JsonNode json() throws IOException {
            return TestHttp.MAPPER.readTree(body);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** A POST of {@code json} to {@code target} (sent as is), with a Content-Length. */
    static byte[] post(String target, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** The same POST with a chunked body, split in two chunks, the first with an extension (HttpServer takes no trailers). */
    static byte[] postChunked(String target, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        String head = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        byte[] first = java.util.Arrays.copyOfRange(body, 0, half);
        byte[] second = java.util.Arrays.copyOfRange(body, half, body.length);
        return concat(
                head.getBytes(StandardCharsets.ISO_8859_1),
                (Integer.toHexString(first.length) + ";ext=1\r\n").getBytes(StandardCharsets.ISO_8859_1),
                first,
                ("\r\n" + Integer.toHexString(second.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1),
                second,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    /** Reads one answer framed by its Content-Length (the sandbox always sends one). */
    Response read() throws IOException {
        String statusLine = line();
        StringBuilder headers = new StringBuilder();
        long length = 0;
        for (String header; !(header = line()).isEmpty(); ) {
            String lower = header.toLowerCase(Locale.ROOT);
            headers.append(lower).append('\n');
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(
                        lower.substring("content-length:".length()).trim());
            }
        }
        byte[] body = in.readNBytes((int) length);
        return new Response(
                Integer.parseInt(statusLine.split(" ")[1]),
                headers.toString(),
                new String(body, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
