package org.sdghub.platform;

import java.util.concurrent.ThreadFactory;

/** Threads of the platform's own background chores, which never keep a JVM from ending. */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** Makes daemon threads of this name (one chore, one thread). */
  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
