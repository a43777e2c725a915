package org.sdghub.embedded;

/** Starts servers, says where, and waits to be killed: the JVM a test kills with SIGKILL. */
public final class ServersOfAKilledJvm {

  private ServersOfAKilledJvm() {}

  public static void main(String[] args) throws Exception {
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    System.out.println("RUN-DIR " + servers.directory());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
