package kr.tipa.eval.signing;

import java.security.Security;
import org.apache.xml.security.Init;
import org.apache.xml.security.utils.XMLUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers BouncyCastle and initialises Santuario once per JVM. Every public entry point of the package
 * calls {@link #ensure()}, so callers never have to remember an initialisation order.
 */
final class CryptoSetup {

    private static final Logger LOG = LoggerFactory.getLogger(CryptoSetup.class);

    /**
     * Santuario otherwise writes base64 (the certificate in KeyInfo) in 76-column MIME lines whose CRs
     * end up as {@code &#13;} in sig1.xml; Office writes one line, and POI's own documentation asks
     * for this property. It is read once when Santuario's XMLUtils loads, hence before anything else.
     */
    static final String IGNORE_LINE_BREAKS = "org.apache.xml.security.ignoreLineBreaks";

    private CryptoSetup() {
    }

    static void ensure() {
        if (!Once.DONE) {
            throw new IllegalStateException("crypto set-up did not complete");
        }
    }

    /** The class-holder idiom: the JVM runs {@link #init()} exactly once, thread-safely. */
    private static final class Once {
        static final boolean DONE = init();
    }

    private static boolean init() {
        if (System.getProperty(IGNORE_LINE_BREAKS) == null) {
            System.setProperty(IGNORE_LINE_BREAKS, "true");
        }
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        Init.init();
        if (!XMLUtils.isIgnoreLineBreaks()) {
            LOG.warn("Santuario was initialised before tipa-eval's signing set-up; certificates in signatures "
                    + "will carry line breaks");
        }
        return true;
    }
}
