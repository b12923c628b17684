package org.lockstep.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which local addresses a TCP port listens on, read from Linux's {@code /proc/net/tcp*}: proof that a port is bound to
 * loopback only, without sending a packet anywhere.
 */
public final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Whether this machine exposes its socket table (Linux). */
    public static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** The local addresses (as hex, as the kernel prints them) that listen on {@code port}. */
    public static List<String> addressesListeningOn(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (local[1].equals(hexPort) && f[3].equals(LISTEN)) {
                    found.add(local[0]);
                }
            }
        }
        return found;
    }

    /** 127.0.0.1 in /proc/net/tcp; ::1 or the IPv4-mapped ::ffff:127.0.0.1 in /proc/net/tcp6. */
    public static boolean isLoopback(String hexAddress) {
        return hexAddress.equals("0100007F") || hexAddress.equals("00000000000000000000000001000000")
                || hexAddress.equals("0000000000000000FFFF00000100007F");
    }
}
