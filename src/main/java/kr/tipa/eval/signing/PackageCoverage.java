package kr.tipa.eval.signing;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Whether one signature covers the whole package. OOXML signing (and POI with it) digests only the
 * parts reached through relationship types on Office's list — every sheet, shared strings, styles,
 * theme, calcChain, drawings… — and, through the RelationshipTransform, only those relationships of
 * each .rels part. Anything else in the ZIP is outside the signature, so a checker that trusts the
 * signature value alone accepts a file with a sheet added beside the signed ones.
 *
 * <p>Every ZIP entry must therefore be one of:
 * <ul>
 * <li>a part the signed Manifest references, whose content type is still the one it was signed with
 *     ({@code [Content_Types].xml} itself is outside every OOXML signature, so this is where a changed
 *     content type is caught). For a .rels part, every relationship in it must be one the
 *     RelationshipTransform kept — an added relationship (say, an external link) is not in the digest —
 *     except, in the package's own .rels, those to the properties and to the signature origin;</li>
 * <li>{@code [Content_Types].xml} (empty folder entries never reach this class: {@link ZipInspection}
 *     drops them and refuses folders with content);</li>
 * <li>the signature machinery: the origin part, its .rels and the signature parts found through it;</li>
 * <li>the package's core and extended properties (docProps/core.xml, docProps/app.xml: author, dates,
 *     application name), which Office leaves unsigned by design so that saving does not break the
 *     signature. They never change what a cell shows. Custom properties are not exempt.</li>
 * </ul>
 */
final class PackageCoverage {

    private static final String EXTENDED_PROPERTIES_PART =
            "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final int MAX_RELS_BYTES = 16 * 1024 * 1024;
    /** Package relationships Office does not sign: to the document properties, and to the signatures. */
    private static final Set<String> UNSIGNED_PACKAGE_RELATIONSHIPS = Set.of(
            PackageRelationshipTypes.CORE_PROPERTIES, PackageRelationshipTypes.CORE_PROPERTIES_ECMA376,
            PackageRelationshipTypes.EXTENDED_PROPERTIES, PackageRelationshipTypes.DIGITAL_SIGNATURE_ORIGIN);

    /** Where the package falls outside the signature; {@code part} is the entry's part name. */
    record Gap(InvalidReason reason, String part) {
    }

    private PackageCoverage() {
    }

    static Optional<Gap> check(OPCPackage pkg, List<String> entryNames, List<SignatureXml.PartReference> signed,
            Set<PackagePartName> exempt) {
        Map<PackagePartName, SignatureXml.PartReference> references = new HashMap<>();
        for (SignatureXml.PartReference reference : signed) {
            try {
                references.put(PackagingURIHelper.createPartName(reference.partName()), reference);
            } catch (InvalidFormatException e) {
                return Optional.of(new Gap(InvalidReason.MALFORMED_SIGNATURE, reference.partName()));
            }
        }
        Map<PackagePart, Set<String>> signedRels = new LinkedHashMap<>();
        for (String entry : entryNames) {
            if (entry.equalsIgnoreCase(CONTENT_TYPES_ENTRY)) {
                continue;
            }
            String shown = "/" + entry;
            PackagePartName name;
            try {
                name = PackagingURIHelper.createPartName(ZipHelper.getOPCNameFromZipItemName(entry));
            } catch (InvalidFormatException | IllegalArgumentException e) {
                return Optional.of(new Gap(InvalidReason.UNCOVERED_PART, shown));
            }
            SignatureXml.PartReference reference = references.get(name);
            if (reference != null) {
                PackagePart part = pkg.getPart(name);
                if (part == null || !reference.contentType().equalsIgnoreCase(part.getContentType())) {
                    return Optional.of(new Gap(InvalidReason.TAMPERED, shown));
                }
                if (part.isRelationshipPart()) {
                    signedRels.put(part, reference.relationshipIds());
                }
            } else if (!exempt.contains(name)) {
                return Optional.of(new Gap(InvalidReason.UNCOVERED_PART, shown));
            }
        }
        // Relationships second, so that a part added with its relationship is reported by its own name.
        for (Map.Entry<PackagePart, Set<String>> rels : signedRels.entrySet()) {
            Optional<Gap> unsigned = unsignedRelationship(rels.getKey(), rels.getValue());
            if (unsigned.isPresent()) {
                return unsigned;
            }
        }
        return Optional.empty();
    }

    /**
     * The first relationship of a signed .rels part that its RelationshipTransform did not keep. Read
     * from the XML itself rather than through POI, which drops relationships it cannot parse.
     */
    private static Optional<Gap> unsignedRelationship(PackagePart relsPart, Set<String> signedIds) {
        boolean packageRels = relsPart.getPartName().equals(PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME);
        String shown = relsPart.getPartName().getName();
        Document document;
        try (InputStream in = relsPart.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_RELS_BYTES + 1);
            if (bytes.length > MAX_RELS_BYTES) {
                return Optional.of(new Gap(InvalidReason.UNCOVERED_PART, shown));
            }
            document = SafeXml.parse(bytes);
        } catch (IOException | SAXException e) {
            return Optional.of(new Gap(InvalidReason.TAMPERED, shown));
        }
        NodeList relationships = document.getElementsByTagNameNS(RELATIONSHIPS_NS, "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            String id = relationship.getAttribute("Id");
            boolean internal = !"External".equalsIgnoreCase(relationship.getAttribute("TargetMode"));
            boolean leftOutByDesign = packageRels && internal
                    && UNSIGNED_PACKAGE_RELATIONSHIPS.contains(relationship.getAttribute("Type"));
            if (!signedIds.contains(id) && !leftOutByDesign) {
                return Optional.of(new Gap(InvalidReason.UNCOVERED_PART, shown + "#" + id));
            }
        }
        return Optional.empty();
    }

    /**
     * The parts a signature leaves out by design: the signature machinery and the package's core and
     * extended properties, each only when reached the way Office writes it and with its proper type.
     */
    static Set<PackagePartName> exemptParts(OPCPackage pkg, SignatureParts.Found signatures) {
        Set<PackagePartName> exempt = new HashSet<>();
        for (PackagePart origin : signatures.origins()) {
            exempt.add(origin.getPartName());
            exempt.add(PackagingURIHelper.getRelationshipPartName(origin.getPartName()));
        }
        for (PackagePart signature : signatures.signatures()) {
            exempt.add(signature.getPartName());
        }
        for (PackageRelationship relationship : pkg.getRelationships()) {
            if (relationship.getTargetMode() != TargetMode.INTERNAL) {
                continue;
            }
            String expectedType = switch (relationship.getRelationshipType()) {
                case PackageRelationshipTypes.CORE_PROPERTIES, PackageRelationshipTypes.CORE_PROPERTIES_ECMA376 ->
                        ContentTypes.CORE_PROPERTIES_PART;
                case PackageRelationshipTypes.EXTENDED_PROPERTIES -> EXTENDED_PROPERTIES_PART;
                default -> null;
            };
            if (expectedType == null) {
                continue;
            }
            PackagePart part = partOf(pkg, relationship);
            if (part != null && expectedType.equalsIgnoreCase(part.getContentType())) {
                exempt.add(part.getPartName());
            }
        }
        return exempt;
    }

    private static PackagePart partOf(OPCPackage pkg, PackageRelationship relationship) {
        try {
            return pkg.getPart(PackagingURIHelper.createPartName(relationship.getTargetURI()));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
    }
}
