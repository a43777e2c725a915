package org.sdghub.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A directory owned by this JVM for as long as it lives, proven by a file lock that the operating
 * system releases when the JVM dies, however it dies. Before a directory is claimed, the servers a
 * dead owner left running in it are stopped; temporary directories of dead runs are deleted.
 */
final class RunDirectory implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RunDirectory.class);
  private static final String LOCK_FILE = "owner.lock";
  private static final String OWNER_FILE = "owner.id";
  private static final String RUN_PREFIX = "run-";

  /** PostgreSQL's own file with its process id; other processes keep theirs in {@code *.pid}. */
  private static final String POSTMASTER_PID = "postgres/postmaster.pid";

  private final Path path;
  private final boolean temporary;
  private final FileChannel channel;
  private final FileLock lock;

  private RunDirectory(Path path, boolean temporary, FileChannel channel, FileLock lock) {
    this.path = path;
    this.temporary = temporary;
    this.channel = channel;
    this.lock = lock;
  }

  /** A new temporary directory under {@code java.io.tmpdir}, after clearing away dead runs. */
  static RunDirectory temporary() throws IOException {
    Path root = temporaryRoot();
    removeDeadRuns(root);
    Path dir = root.resolve(RUN_PREFIX + UUID.randomUUID());
    Files.createDirectories(dir);
    return claim(dir, true)
        .orElseThrow(() -> new IllegalStateException("Could not lock new directory " + dir));
  }

  /** A directory kept between runs; fails if another live process owns it. */
  static RunDirectory persistent(Path dir) throws IOException {
    Files.createDirectories(dir);
    return claim(dir.toAbsolutePath(), false)
        .orElseThrow(
            () -> new IllegalStateException(dir + " is in use by another running SDG Hub stack"));
  }

  Path path() {
    return path;
  }

  boolean isTemporary() {
    return temporary;
  }

  @Override
  public void close() {
    try {
      // Without its owner file the directory can be claimed again, also by this JVM (a test that
      // stops a broker and starts it again on the same data).
      Files.deleteIfExists(path.resolve(OWNER_FILE));
      lock.release();
      channel.close();
    } catch (IOException e) {
      LOG.debugf(e, "Releasing the lock of %s", path);
    }
    if (temporary) {
      deleteRecursively(path);
    }
  }

  private static Optional<RunDirectory> claim(Path dir, boolean temporary) throws IOException {
    Path lockFile = dir.resolve(LOCK_FILE);
    // POSIX locks belong to the process, and closing any descriptor of the file releases them: a
    // lock file this JVM holds must never be opened again, so the owner is told by another file.
    if (ownedByThisProcess(dir)) {
      return Optional.empty();
    }
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    Files.writeString(dir.resolve(OWNER_FILE), ownPid());
    stopLeftoverServers(dir);
    return Optional.of(new RunDirectory(dir, temporary, channel, lock));
  }

  private static boolean ownedByThisProcess(Path dir) {
    Path owner = dir.resolve(OWNER_FILE);
    try {
      return Files.isRegularFile(owner) && Files.readString(owner).trim().equals(ownPid());
    } catch (IOException e) {
      return false;
    }
  }

  private static String ownPid() {
    return Long.toString(ProcessHandle.current().pid());
  }

  /** Stops what temporary runs that have ended left running, and deletes their directories. */
  static void removeDeadTemporaryRuns() throws IOException {
    removeDeadRuns(temporaryRoot());
  }

  private static Path temporaryRoot() throws IOException {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "sdghub-embedded");
    Files.createDirectories(root);
    return root;
  }

  private static void removeDeadRuns(Path root) throws IOException {
    try (DirectoryStream<Path> runs = Files.newDirectoryStream(root, RUN_PREFIX + "*")) {
      for (Path run : runs) {
        Optional<RunDirectory> dead = claim(run, true);
        if (dead.isPresent()) {
          LOG.infof("Removing %s, left behind by a run that has ended", run);
          dead.get().close();
        }
      }
    }
  }

  private static void stopLeftoverServers(Path dir) throws IOException {
    List<Path> pidFiles = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pid")) {
      files.forEach(pidFiles::add);
    }
    // Services first, the servers they use last.
    pidFiles.add(dir.resolve(POSTMASTER_PID));
    for (Path pidFile : pidFiles) {
      readPid(pidFile)
          .flatMap(ProcessHandle::of)
          .filter(ProcessHandle::isAlive)
          .filter(RunDirectory::isOurServer)
          .ifPresent(process -> stopLeftover(process, dir));
    }
  }

  private static void stopLeftover(ProcessHandle process, Path dir) {
    LOG.warnf(
        "Stopping process %d, left running in %s by a run that has ended", process.pid(), dir);
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isOurServer(ProcessHandle process) {
    String commandLine = process.info().commandLine().orElse("");
    return commandLine.contains("postgres")
        || commandLine.contains("KafkaBrokerMain")
        || commandLine.contains("quarkus-run.jar");
  }

  private static Optional<Long> readPid(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
      return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Deletes {@code dir} and everything in it, and also the directories that the embedded PostgreSQL
   * keeps outside it for a user who cannot reach it (see {@link ServerHome}), which links in it
   * point to; no other link is followed.
   */
  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isSymbolicLink(path)) {
          Path target = Files.readSymbolicLink(path);
          if (ServerHome.isOwnHome(target)) {
            deleteRecursively(target);
          }
        }
        path.toFile().delete();
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warnf("Could not delete %s: %s", dir, e.getMessage());
    }
  }
}
