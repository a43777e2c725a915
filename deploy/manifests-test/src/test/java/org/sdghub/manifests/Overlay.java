package org.sdghub.manifests;

import java.nio.file.Path;

/** The kustomizations that deploy SDG Hub, each rendered and checked on its own. */
enum Overlay {
  BASE("base"),
  PRODUCTION("overlays/production");

  private final String path;

  Overlay(String path) {
    this.path = path;
  }

  Path directory() {
    return Repo.ROOT.resolve("deploy/k8s").resolve(path);
  }

  @Override
  public String toString() {
    return path;
  }
}
