package io.skillspassport.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Free TCP ports on the loopback interface, so a test run never collides with a running portal. */
final class Ports {

  private static final Set<Integer> handedOut = new HashSet<>();

  private Ports() {}

  /**
   * A port that was free a moment ago and has not been handed out before in this JVM. There is a
   * small window in which another process could take it; the servers then fail to start and say so.
   */
  static synchronized int free() {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        socket.setReuseAddress(true);
        int port = socket.getLocalPort();
        if (handedOut.add(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("no free port", e);
      }
    }
    throw new IllegalStateException("no free port after 20 attempts");
  }
}
