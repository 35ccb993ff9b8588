package kr.tipa.eval.signing;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Identities shared by the tests of this package: an RSA-3072 key takes up to a second to generate,
 * and nothing in a test changes an identity.
 */
final class TestIdentities {

    static final String EVALUATOR_NAME = "김평가";
    static final String EVALUATOR_ORG = "한국무역보험공사 평가위원회";
    static final String OTHER_NAME = "이검토";

    private static SigningIdentity evaluator;
    private static SigningIdentity other;

    private TestIdentities() {
    }

    static synchronized SigningIdentity evaluator() {
        if (evaluator == null) {
            evaluator = service().create(EVALUATOR_NAME, EVALUATOR_ORG);
        }
        return evaluator;
    }

    static synchronized SigningIdentity other() {
        if (other == null) {
            other = service().create(OTHER_NAME, null);
        }
        return other;
    }

    static IdentityService service() {
        return new IdentityService(Clock.systemUTC(), new SecureRandom());
    }
}
