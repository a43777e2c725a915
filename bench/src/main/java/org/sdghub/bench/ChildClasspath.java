package org.sdghub.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath of a child JVM: the jar (or classes folder) holding a list resource, followed by
 * the jars that list names. The list is written at build time by the dependency plugin, so the
 * child's libraries are never on the bench's own classpath.
 */
final class ChildClasspath {

  private ChildClasspath() {}

  static String of(String listResource) throws IOException {
    URL list = ChildClasspath.class.getClassLoader().getResource(listResource);
    if (list == null) {
      throw new IllegalStateException(
          listResource
              + " is not on the classpath: build the bench with bench/run or"
              + " ./mvnw -pl bench -am install");
    }
    List<String> entries = new ArrayList<>();
    entries.add(root(list, listResource).toString());
    try (InputStream in = list.openStream()) {
      for (String entry :
          new String(in.readAllBytes(), StandardCharsets.UTF_8).split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry.trim());
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Path root(URL resource, String name) {
    try {
      String url = resource.toString();
      if (url.startsWith("jar:")) {
        return Path.of(new URL(url.substring(4, url.indexOf("!/"))).toURI());
      }
      Path file = Path.of(resource.toURI());
      for (int i = 0; i < name.split("/").length; i++) {
        file = file.getParent();
      }
      return file;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot tell which jar holds " + resource, e);
    }
  }
}
