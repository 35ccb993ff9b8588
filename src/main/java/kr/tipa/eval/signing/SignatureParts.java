package kr.tipa.eval.signing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Finds the signatures of a package the way OPC defines it — package relationship to the origin part,
 * origin relationships to each signature part — and refuses dangling or mistyped links instead of
 * skipping them as POI's own iterator does (it logs and moves on, or loops to an exception).
 */
final class SignatureParts {

    /** The origin parts and the signature parts reached from them, in package order. */
    record Found(List<PackagePart> origins, List<PackagePart> signatures) {
        Found {
            origins = List.copyOf(origins);
            signatures = List.copyOf(signatures);
        }
    }

    private SignatureParts() {
    }

    static Found find(OPCPackage pkg) throws SignatureXml.Malformed {
        List<PackagePart> origins = new ArrayList<>();
        List<PackagePart> signatures = new ArrayList<>();
        try {
            for (PackageRelationship toOrigin : pkg.getRelationshipsByType(
                    PackageRelationshipTypes.DIGITAL_SIGNATURE_ORIGIN)) {
                PackagePart origin = internalTarget(pkg, toOrigin, ContentTypes.DIGITAL_SIGNATURE_ORIGIN_PART);
                origins.add(origin);
                for (PackageRelationship toSignature : origin.getRelationshipsByType(
                        PackageRelationshipTypes.DIGITAL_SIGNATURE)) {
                    signatures.add(internalTarget(pkg, toSignature,
                            ContentTypes.DIGITAL_SIGNATURE_XML_SIGNATURE_PART));
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            throw new SignatureXml.Malformed("unreadable signature relationships", e);
        }
        return new Found(origins, signatures);
    }

    private static PackagePart internalTarget(OPCPackage pkg, PackageRelationship relationship, String contentType)
            throws SignatureXml.Malformed, InvalidFormatException {
        if (relationship.getTargetMode() != TargetMode.INTERNAL) {
            throw new SignatureXml.Malformed("external signature link " + relationship.getTargetURI());
        }
        // OPCPackage.getPart(relationship) looks up the first package relationship of the same type, not this
        // one; the part name is resolved from the target instead (getTargetURI is absolute for internal links).
        PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(relationship.getTargetURI()));
        if (part == null) {
            throw new SignatureXml.Malformed("missing signature part " + relationship.getTargetURI());
        }
        if (!contentType.equalsIgnoreCase(part.getContentType())) {
            throw new SignatureXml.Malformed("signature part of type " + part.getContentType());
        }
        return part;
    }
}
