/**
 * Identities and XML digital signatures of Excel score sheets, as the selection committee passes them
 * around offline (USB, e-mail). No JavaFX and no JDBC here: screens and commands call
 * {@link kr.tipa.eval.signing.IdentityService}, {@link kr.tipa.eval.signing.WorkbookSigner} and
 * {@link kr.tipa.eval.signing.WorkbookVerifier}, preferably off the FX thread.
 *
 * <h2>Trust</h2>
 * There is no certificate authority offline. A valid result says the workbook is exactly what the
 * holder of that certificate's key signed; whether that person is the evaluator is decided by the
 * fingerprint ({@link kr.tipa.eval.signing.Fingerprint}), which the chair compares with the one the
 * evaluator registered or reads out. The signing time is the signer's clock, not a time-stamp.
 *
 * <h2>What the signature covers</h2>
 * POI writes the OOXML signature Office writes: a Manifest of every part reached through the
 * relationship types Office signs (sheets, shared strings, styles, theme, workbook, …) and, through
 * the RelationshipTransform, those relationships of each .rels part. By design it leaves out
 * {@code [Content_Types].xml}, the signature parts, and the core/extended document properties. The
 * verifier therefore requires every ZIP entry to be a signed part with its signed content type, the
 * signature machinery, {@code [Content_Types].xml}, or {@code docProps/core.xml}/{@code docProps/app.xml}
 * ({@link kr.tipa.eval.signing.PackageCoverage}). An added, removed or changed sheet, cell, shared
 * string or style is refused; re-zipping identical parts is not a change.
 *
 * <h2>More than one signature</h2>
 * Valid only when every signature holds and all are by one certificate. Different signers make the
 * file invalid ({@link kr.tipa.eval.signing.InvalidReason#MULTIPLE_SIGNERS}), and every signer is listed.
 */
package kr.tipa.eval.signing;
