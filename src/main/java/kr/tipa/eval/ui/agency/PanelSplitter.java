package kr.tipa.eval.ui.agency;

import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.model.Round;

/**
 * 분과별 패키지 만들기 as the agency's desk calls it: one signed package per panel written into a folder
 * (round-authoring.md §2–3). The main window wires it to the panel package service; tests give a fake.
 */
@FunctionalInterface
public interface PanelSplitter {

    /** What the window offers while no panel package service is wired: the split says it is not there. */
    PanelSplitter UNAVAILABLE = new PanelSplitter() {
        @Override
        public List<PanelPackageFile> split(Round round, Path outDir, ReadProgress progress) {
            throw new UnsupportedOperationException("panel packages are not available in this build");
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /**
     * Writes {@code <programCode>-<panelId>.tbundle} per panel into {@code outDir}.
     *
     * @throws kr.tipa.eval.service.RefusedException while an application still NEEDS_REVIEW (naming each);
     *                                               nothing was written
     */
    List<PanelPackageFile> split(Round round, Path outDir, ReadProgress progress);

    default boolean available() {
        return true;
    }

    /** One panel's package as written. */
    record PanelPackageFile(String panelId, String panelName, Path file, int applications, String sha256) {
    }
}
