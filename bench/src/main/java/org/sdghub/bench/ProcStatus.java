package org.sdghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process's memory as Linux's {@code /proc/<pid>/status} reports it: the resident set now ({@code
 * VmRSS}) and its peak so far ({@code VmHWM}), in kB of 1024 bytes.
 *
 * @param rssKb resident set size now
 * @param peakRssKb the highest resident set size since the process started
 */
record ProcStatus(long rssKb, long peakRssKb) {

  private static final double KB_PER_MB = 1024;

  /** The memory of the running process {@code pid}; Linux only. */
  static ProcStatus of(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      return parse(Files.readString(status));
    } catch (NoSuchFileException e) {
      throw new IOException(
          status + " is missing: the process has exited, or this is not Linux (RSS needs /proc)",
          e);
    }
  }

  /** The two figures from the text of a {@code status} file; either one missing is an error. */
  static ProcStatus parse(String statusText) {
    return new ProcStatus(kb(statusText, "VmRSS"), kb(statusText, "VmHWM"));
  }

  double rssMb() {
    return rssKb / KB_PER_MB;
  }

  double peakRssMb() {
    return peakRssKb / KB_PER_MB;
  }

  private static long kb(String statusText, String field) {
    Matcher line =
        Pattern.compile("^" + field + ":\\s+(\\d+) kB$", Pattern.MULTILINE).matcher(statusText);
    if (!line.find()) {
      throw new IllegalArgumentException("No '" + field + ": <n> kB' line in the process status");
    }
    return Long.parseLong(line.group(1));
  }
}
