package org.sdghub.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Where an unprivileged PostgreSQL keeps its files. The data directory asked for is used when the
 * server's user can reach it. A checkout in an owner-only directory (root's home, typically) is out
 * of that user's reach, so the files go to a directory of that user's alone ({@code rwx------})
 * under a directory every user may enter, and the data directory asked for becomes a link to it, so
 * that the run directory still finds, stops and removes what it holds. Throw-away data gets a new
 * directory under {@code /tmp}, removed when the server stops; kept data ({@code --data-dir})
 * always goes to the same directory under {@code /var/tmp}, named after the path asked for.
 */
final class ServerHome {

  /** Overrides the directory every user may enter (default {@code /tmp} or {@code /var/tmp}). */
  static final String SHARED_ROOT_PROPERTY = "sdghub.postgres.shared-root";

  /** The name of every directory made here starts with it; nothing else is ever removed. */
  static final String PREFIX = "sdghub-postgres-";

  private static final Logger LOG = Logger.getLogger(ServerHome.class);

  /** The user the server runs as, with its primary group. */
  record User(String name, String group) {}

  private final Path data;
  private final boolean removable;

  private ServerHome(Path data, boolean removable) {
    this.data = data;
    this.removable = removable;
  }

  /** Makes the server's data directory ready for {@code user}: {@code dataDir} or a linked one. */
  static ServerHome prepare(Path dataDir, boolean ephemeral, User user) throws IOException {
    Path asked = dataDir.toAbsolutePath();
    Files.createDirectories(asked.getParent());
    if (Files.isSymbolicLink(asked)) {
      Path target = Files.readSymbolicLink(asked);
      if (isOwnHome(target) && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        return new ServerHome(target, ephemeral);
      }
      Files.delete(asked);
    }
    if (!UnprivilegedPostgres.isRoot() || canEnter(user, asked.getParent())) {
      Files.createDirectories(asked);
      return new ServerHome(asked, false);
    }
    Path home = sharedRoot(ephemeral).resolve(PREFIX + name(asked, ephemeral));
    claim(home, user);
    if (Files.isDirectory(asked, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(asked); // empty, or initdb would have made it unreachable for the server anyway
    }
    Files.createSymbolicLink(asked, home);
    LOG.infof(
        "%s cannot enter %s (an owner-only directory on the way); PostgreSQL's files are in %s,"
            + " which only %s may enter, linked from %s",
        user.name(), asked.getParent(), home, user.name(), asked);
    return new ServerHome(home, ephemeral);
  }

  /** Whether {@code target} is a directory this class made (the only kind it removes). */
  static boolean isOwnHome(Path target) {
    Path name = target.getFileName();
    return target.isAbsolute() && name != null && name.toString().startsWith(PREFIX);
  }

  /** The directory the server's files are in. */
  Path data() {
    return data;
  }

  /** Removes throw-away files kept outside the run directory, once the server has stopped. */
  void removeIfEphemeral() {
    if (removable) {
      RunDirectory.deleteRecursively(data);
    }
  }

  private static void claim(Path home, User user) throws IOException {
    if (Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
      boolean ours =
          Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)
              && Files.getOwner(home, LinkOption.NOFOLLOW_LINKS).getName().equals(user.name());
      if (!ours) {
        throw new IOException(home + " exists but is not a directory of " + user.name());
      }
      return;
    }
    Files.createDirectory(
        home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.setOwner(
        home,
        home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user.name()));
  }

  private static Path sharedRoot(boolean ephemeral) {
    String explicit = System.getProperty(SHARED_ROOT_PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return Path.of(ephemeral ? "/tmp" : "/var/tmp");
  }

  private static String name(Path asked, boolean ephemeral) {
    if (ephemeral) {
      return UUID.randomUUID().toString();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(asked.toString().getBytes(StandardCharsets.UTF_8));
      return "kept-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether the user may pass through {@code dir} (and so through every directory above it). */
  private static boolean canEnter(User user, Path dir) throws IOException {
    Process probe =
        new ProcessBuilder(
                UnprivilegedPostgres.asUser(
                    user.name(), user.group(), "test", "-x", dir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(Redirect.DISCARD)
            .start();
    try {
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while checking " + dir, e);
    }
  }
}
