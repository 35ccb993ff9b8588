package kr.tipa.eval.signing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kr.tipa.eval.signing.npki.NpkiException;
import kr.tipa.eval.signing.npki.NpkiKeyFiles;
import kr.tipa.eval.signing.npki.NpkiKeyPair;

/**
 * A signing identity from a 공동인증서 as it sits on disk. Unlike our own backdated certificates, a CA's
 * certificate is refused before its validity begins as well as after it ends: its dates are the CA's.
 */
final class NpkiIdentities {

    private NpkiIdentities() {
    }

    static SigningIdentity read(Path path, char[] password, Instant now) throws IdentityException {
        NpkiKeyPair pair;
        try {
            pair = NpkiKeyFiles.read(path, password);
        } catch (NpkiException e) {
            Object[] args = e.args().toArray();
            if (e.problem() == NpkiException.Problem.WRONG_PASSWORD) {
                throw new IdentityException(IdentityException.Problem.WRONG_PASSWORD, e.problem().key(), e, args);
            }
            throw new IdentityException(IdentityException.Problem.NPKI_UNUSABLE, e.problem().key(), e, args);
        }
        if (!KeyStoreFiles.canSign(pair.certificate())) {
            throw new IdentityException(IdentityException.Problem.NOT_SIGNING_CAPABLE);
        }
        CertificateValidity.require(pair.certificate(), now, false);
        return SigningIdentity.of(pair.privateKey(), List.of(pair.certificate()));
    }
}
