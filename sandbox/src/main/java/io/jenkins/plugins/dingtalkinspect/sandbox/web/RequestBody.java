package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read to its end (so the connection can be reused) while keeping at most {@link #KEEP_BYTES}: the
 * size check needs the full length, the record only the start.
 */
record RequestBody(long size, byte[] kept) {

    static final int KEEP_BYTES = 1 << 20;

    static RequestBody read(InputStream in) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            int room = KEEP_BYTES - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, Math.min(room, n));
            }
            size += n;
        }
        return new RequestBody(size, kept.toByteArray());
    }
}
