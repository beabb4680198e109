package io.jenkins.plugins.dingtalkinspect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel's count of TCP connections this machine has opened actively (Linux, {@code
 * /proc/net/snmp}, {@code Tcp: ActiveOpens}). It counts every process, so a delta over a run is an
 * upper bound of what the run itself opened.
 */
final class TcpCounters {

    private static final Path SNMP = Path.of("/proc/net/snmp");

    private TcpCounters() {}

    /** ActiveOpens now, or -1 where {@code /proc/net/snmp} cannot be read (not Linux). */
    static long activeOpens() {
        try {
            List<String> tcp = Files.readAllLines(SNMP).stream()
                    .filter(l -> l.startsWith("Tcp:"))
                    .toList();
            if (tcp.size() < 2) {
                return -1;
            }
            List<String> names = Arrays.asList(tcp.get(0).trim().split("\\s+"));
            String[] values = tcp.get(1).trim().split("\\s+");
            int column = names.indexOf("ActiveOpens");
            return column < 0 ? -1 : Long.parseLong(values[column]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
