package kr.tipa.eval.signing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One {@code _xmlsignatures/sigN.xml}, read by us before POI validates it, for two reasons. First, to
 * know what the signature covers: the part references of the Manifest inside a signed ds:Object, the
 * signing time, the comment, and the XAdES digest of the signer's certificate. Second, to hold it to the
 * shape an OOXML signature has — only same-document references in SignedInfo, only package parts in the
 * Manifest, unique Ids, a short list of algorithms — which is what Santuario's secure validation would
 * enforce if it did not also cap a Manifest at 30 references (a 100-sheet workbook has over 100).
 */
final class SignatureXml {

    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String MDSSI = "http://schemas.openxmlformats.org/package/2006/digital-signature";
    static final String MS_DIGSIG = "http://schemas.microsoft.com/office/2006/digsig";
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    static final String RELATIONSHIP_TRANSFORM = "http://schemas.openxmlformats.org/package/2006/RelationshipTransform";

    private static final Set<String> TRANSFORMS = Set.of(
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments",
            RELATIONSHIP_TRANSFORM);
    private static final Set<String> DIGESTS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");
    private static final Set<String> SIGNATURE_METHODS = Set.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.-]*");
    private static final String CONTENT_TYPE_QUERY = "ContentType=";
    private static final int MAX_TRANSFORMS = 5;

    /**
     * A package part the Manifest covers, and the content type the signer saw it with.
     *
     * @param relationshipIds for a .rels part, the relationships the RelationshipTransform keeps (the only
     *        ones the digest covers); empty for other parts
     */
    record PartReference(String partName, String contentType, Set<String> relationshipIds) {
        PartReference {
            relationshipIds = Set.copyOf(relationshipIds);
        }
    }

    /** The XAdES SigningCertificate digest: the signature's commitment to one certificate. */
    record CertDigest(String algorithm, byte[] value) {
    }

    /** The signature does not have the shape we accept. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }

        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<PartReference> parts;
    private final Instant signingTime;
    private final String description;
    private final CertDigest certDigest;

    private SignatureXml(List<PartReference> parts, Instant signingTime, String description, CertDigest certDigest) {
        this.parts = List.copyOf(parts);
        this.signingTime = signingTime;
        this.description = description;
        this.certDigest = certDigest;
    }

    List<PartReference> parts() {
        return parts;
    }

    Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    String description() {
        return description;
    }

    Optional<CertDigest> certDigest() {
        return Optional.ofNullable(certDigest);
    }

    static SignatureXml parse(byte[] xml) throws Malformed {
        Element root = parseSecurely(xml).getDocumentElement();
        if (!isElement(root, DS, "Signature")) {
            throw new Malformed("root is not ds:Signature");
        }
        checkIdsAreUnique(root);
        checkAlgorithms(root);
        if (!descendants(root, DS, "RetrievalMethod").isEmpty()) {
            throw new Malformed("ds:RetrievalMethod is not accepted");
        }
        // POI finds the key only in X509Data; without a certificate it would fail with a logged stack trace.
        List<Element> keyInfos = children(root, DS, "KeyInfo");
        if (keyInfos.size() != 1 || descendants(keyInfos.get(0), DS, "X509Certificate").isEmpty()) {
            throw new Malformed("no signing certificate in ds:KeyInfo");
        }
        Set<String> signedIds = signedIds(root);
        List<Element> signedObjects = new ArrayList<>();
        for (Element object : children(root, DS, "Object")) {
            if (signedIds.contains(object.getAttribute("Id"))) {
                signedObjects.add(object);
            }
        }
        List<Element> manifests = new ArrayList<>();
        for (Element object : signedObjects) {
            manifests.addAll(descendants(object, DS, "Manifest"));
        }
        // A Manifest outside the signed objects would be a decoy: counted by a careless reader, signed by nobody.
        if (manifests.isEmpty() || manifests.size() != descendants(root, DS, "Manifest").size()) {
            throw new Malformed("the package Manifest is missing or not signed");
        }
        List<PartReference> parts = new ArrayList<>();
        for (Element manifest : manifests) {
            for (Element reference : children(manifest, DS, "Reference")) {
                parts.add(partReference(reference.getAttribute("URI"), relationshipIds(reference)));
            }
        }
        Instant time = firstText(signedObjects, MDSSI, "SignatureTime", "Value").map(SignatureXml::time).orElse(null);
        String comment = firstText(signedObjects, MS_DIGSIG, "SignatureComments", null).orElse("");
        List<Element> signedProperties = new ArrayList<>();
        for (Element properties : descendants(root, XADES, "SignedProperties")) {
            if (signedIds.contains(properties.getAttribute("Id"))) {
                signedProperties.add(properties);
            }
        }
        if (time == null) {
            time = firstText(signedProperties, XADES, "SigningTime", null).map(SignatureXml::time).orElse(null);
        }
        return new SignatureXml(parts, time, comment, certDigest(signedProperties));
    }

    private static Document parseSecurely(byte[] xml) throws Malformed {
        try {
            return SafeXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw new Malformed("not well-formed XML", e);
        }
    }

    private static void checkIdsAreUnique(Element root) throws Malformed {
        Set<String> ids = new HashSet<>();
        for (Element element : descendantsAndSelf(root)) {
            if (element.hasAttribute("Id") && !ids.add(element.getAttribute("Id"))) {
                throw new Malformed("duplicate Id " + element.getAttribute("Id"));
            }
        }
    }

    private static void checkAlgorithms(Element root) throws Malformed {
        checkAll(root, "CanonicalizationMethod", TRANSFORMS);
        checkAll(root, "Transform", TRANSFORMS);
        checkAll(root, "DigestMethod", DIGESTS);
        checkAll(root, "SignatureMethod", SIGNATURE_METHODS);
        for (Element transforms : descendants(root, DS, "Transforms")) {
            if (children(transforms, DS, "Transform").size() > MAX_TRANSFORMS) {
                throw new Malformed("too many transforms");
            }
        }
    }

    private static void checkAll(Element root, String localName, Set<String> allowed) throws Malformed {
        for (Element element : descendants(root, DS, localName)) {
            if (!allowed.contains(element.getAttribute("Algorithm"))) {
                throw new Malformed(localName + " not accepted: " + element.getAttribute("Algorithm"));
            }
        }
    }

    /** The Ids SignedInfo references; every reference there must stay inside this document. */
    private static Set<String> signedIds(Element root) throws Malformed {
        List<Element> signedInfos = children(root, DS, "SignedInfo");
        if (signedInfos.size() != 1) {
            throw new Malformed("expected one ds:SignedInfo");
        }
        Set<String> ids = new HashSet<>();
        for (Element reference : children(signedInfos.get(0), DS, "Reference")) {
            String uri = reference.getAttribute("URI");
            if (!LOCAL_REFERENCE.matcher(uri).matches()) {
                throw new Malformed("SignedInfo reference outside the signature: " + uri);
            }
            ids.add(uri.substring(1));
        }
        if (ids.isEmpty()) {
            throw new Malformed("SignedInfo references nothing");
        }
        return ids;
    }

    /** {@code /xl/workbook.xml?ContentType=…}: a part of this package, never a URL or a file elsewhere. */
    private static PartReference partReference(String text, Set<String> relationshipIds) throws Malformed {
        try {
            URI uri = new URI(text);
            String path = uri.getPath();
            String query = uri.getQuery();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                    || path == null || !path.startsWith("/") || query == null
                    || !query.startsWith(CONTENT_TYPE_QUERY)) {
                throw new Malformed("Manifest reference is not a package part: " + text);
            }
            return new PartReference(path, query.substring(CONTENT_TYPE_QUERY.length()), relationshipIds);
        } catch (URISyntaxException e) {
            throw new Malformed("Manifest reference is not a URI: " + text, e);
        }
    }

    private static Set<String> relationshipIds(Element reference) {
        Set<String> ids = new HashSet<>();
        for (Element transform : descendants(reference, DS, "Transform")) {
            if (RELATIONSHIP_TRANSFORM.equals(transform.getAttribute("Algorithm"))) {
                for (Element selected : children(transform, MDSSI, "RelationshipReference")) {
                    ids.add(selected.getAttribute("SourceId"));
                }
            }
        }
        return ids;
    }

    private static CertDigest certDigest(List<Element> signedProperties) throws Malformed {
        for (Element properties : signedProperties) {
            for (Element cert : descendants(properties, XADES, "Cert")) {
                List<Element> digests = children(cert, XADES, "CertDigest");
                if (digests.isEmpty()) {
                    continue;
                }
                List<Element> methods = children(digests.get(0), DS, "DigestMethod");
                List<Element> values = children(digests.get(0), DS, "DigestValue");
                if (methods.size() != 1 || values.size() != 1) {
                    throw new Malformed("incomplete XAdES CertDigest");
                }
                try {
                    return new CertDigest(methods.get(0).getAttribute("Algorithm"),
                            Base64.getMimeDecoder().decode(values.get(0).getTextContent().strip()));
                } catch (IllegalArgumentException e) {
                    throw new Malformed("XAdES CertDigest is not base64", e);
                }
            }
        }
        return null;
    }

    private static Optional<String> firstText(List<Element> scopes, String namespace, String localName,
            String childLocalName) {
        for (Element scope : scopes) {
            for (Element element : descendants(scope, namespace, localName)) {
                Element holder = element;
                if (childLocalName != null) {
                    List<Element> children = children(element, namespace, childLocalName);
                    if (children.isEmpty()) {
                        continue;
                    }
                    holder = children.get(0);
                }
                return Optional.of(holder.getTextContent().strip());
            }
        }
        return Optional.empty();
    }

    /** W3CDTF as Office writes it ({@code 2024-05-02T09:30:00Z}); an unreadable time is simply unknown. */
    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isElement(Node node, String namespace, String localName) {
        return node instanceof Element && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isElement(child, namespace, localName)) {
                found.add((Element) child);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element scope, String namespace, String localName) {
        NodeList nodes = scope.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> descendantsAndSelf(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        all.addAll(descendants(root, "*", "*"));
        return all;
    }
}
