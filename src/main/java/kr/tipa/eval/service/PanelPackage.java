package kr.tipa.eval.service;

import java.nio.file.Path;

/**
 * One panel package written by {@link PanelPackageService#split}.
 *
 * @param file         where it was written: {@code <outDir>/<programCode>-<panelId>.tbundle}
 * @param applications how many applications it holds (the panel's eligible ones)
 * @param sha256       the SHA-256 of the whole file, lower-case hex, for the covering letter
 */
public record PanelPackage(String panelId, String panelName, Path file, int applications, String sha256) {
}
