package kr.tipa.eval.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.AttachedDocument;
import kr.tipa.eval.signing.ManifestSignatures;

/**
 * A bundle that passed every check.
 *
 * @param manifestSha256 identifies the bundle's content: the manifest fixes every application file's
 *                       hash, and those fix every document's
 * @param warnings       what was ignored (files outside the layout, unlisted documents)
 * @param agency         who signed the manifest, for a signed (version 2) bundle; null otherwise
 */
public record ReadBundle(
        Manifest manifest, String manifestSha256, List<Item> applications, List<BundleProblem> warnings,
        ManifestSignatures.Signer agency) {

    public ReadBundle {
        applications = List.copyOf(applications);
        warnings = List.copyOf(warnings);
    }

    public Optional<ManifestSignatures.Signer> agencySignature() {
        return Optional.ofNullable(agency);
    }

    /** One application with its raw JSON (kept as received) and its checked documents. */
    public record Item(Application application, String json, List<Document> documents) {
        public Item {
            documents = List.copyOf(documents);
        }
    }

    /** A document whose bytes matched their SHA-256; {@code staged} is null when not kept. */
    public record Document(AttachedDocument attached, long size, Path staged) {
    }
}
