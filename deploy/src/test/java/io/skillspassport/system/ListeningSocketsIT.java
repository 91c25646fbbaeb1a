package io.skillspassport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The started portal opens its HTTP port and nothing else that another machine could reach (issue
 * 19): Payara Micro's Hazelcast member, which listened on {@code *:6900} without authentication
 * even with {@code --nocluster}, is not started ({@code --nohazelcast}). Reads the kernel's socket
 * tables, as {@code ss -tlnp} does: the listening sockets in {@code /proc/net/tcp} and {@code tcp6}
 * that belong to the portal's process (its {@code /proc/PID/fd} links). Only the portal's own
 * sockets are judged: other programs on a shared machine may listen where they like.
 */
@SystemTest
class ListeningSocketsIT {

  /** Hazelcast's default member ports (5701…) and Payara's (6900…). */
  private static final List<int[]> GRID_PORTS =
      List.of(new int[] {5701, 5801}, new int[] {6900, 7000});

  @Test
  void onlyTheHttpPortListensBeyondLoopback(Portal portal) {
    int httpPort = portal.baseUri().getPort();
    List<Listening> listening = listeningSockets();
    long pid = ownerOf(listening.stream().filter(l -> l.port == httpPort).toList());

    Set<Long> inodes = socketInodesOf(pid);
    List<Listening> portals = listening.stream().filter(l -> inodes.contains(l.inode)).toList();

    assertThat(portals).as("the portal's listening sockets").isNotEmpty();
    assertThat(portals)
        .as("listening sockets of process %d reachable from other machines", pid)
        .allSatisfy(
            l ->
                assertThat(l.port == httpPort || l.address.isLoopbackAddress())
                    .as(l.toString())
                    .isTrue());
    assertThat(portals)
        .as("data-grid ports of process %d", pid)
        .noneSatisfy(l -> assertThat(isGridPort(l.port)).isTrue());
  }

  private static boolean isGridPort(int port) {
    return GRID_PORTS.stream().anyMatch(r -> port >= r[0] && port < r[1]);
  }

  /** A listening TCP socket: its local address and port, and its inode. */
  record Listening(InetAddress address, int port, long inode) {}

  static List<Listening> listeningSockets() {
    List<Listening> all = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(table));
      } catch (IOException e) {
        continue; // no IPv6 on this machine
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (!"0A".equals(f[3])) { // TCP_LISTEN
          continue;
        }
        String[] local = f[1].split(":");
        all.add(
            new Listening(address(local[0]), Integer.parseInt(local[1], 16), Long.parseLong(f[9])));
      }
    }
    return all;
  }

  /** The kernel prints addresses as 32-bit words in host (little-endian) byte order. */
  private static InetAddress address(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int from = (word * 4 + (3 - i)) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
      }
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(hex, e);
    }
  }

  private static long ownerOf(List<Listening> httpSockets) {
    assertThat(httpSockets).as("a socket listening on the portal's port").isNotEmpty();
    Set<Long> wanted = new HashSet<>();
    httpSockets.forEach(l -> wanted.add(l.inode));
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(
              p ->
                  socketInodesOf(Long.parseLong(p.getFileName().toString())).stream()
                      .anyMatch(wanted::contains))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no process owns the portal's listening socket"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<Long> socketInodesOf(long pid) {
    Set<Long> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      fds.forEach(
          fd -> {
            try {
              String target = Files.readSymbolicLink(fd).toString();
              if (target.startsWith("socket:[")) {
                inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
              }
            } catch (IOException gone) {
              // the descriptor closed meanwhile
            }
          });
    } catch (IOException | SecurityException notOurs) {
      // a process that ended, or one we may not inspect
    }
    return inodes;
  }
}
