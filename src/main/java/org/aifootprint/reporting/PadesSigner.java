package org.aifootprint.reporting;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B: an invisible signature field whose /Contents is a detached CMS
 * (SubFilter ETSI.CAdES.detached) over the byte ranges of the file, SHA-256, with the ESS signing-certificate-v2
 * attribute that binds the signer's certificate. Any PDF reader that checks signatures shows who signed and
 * whether the file changed since.
 */
public final class PadesSigner {

    /** Room reserved for the CMS in the file (bytes); enough for a certificate chain of a few certificates. */
    private static final int CONTENTS_BYTES = 16_384;

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public PadesSigner(PrivateKey key, List<X509Certificate> chain) {
        if (key == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key and its certificate are needed");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public byte[] sign(byte[] pdf, String reason, String location, Calendar when) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CONTENTS_BYTES + 4096);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setReason(reason);
            appearance.setLocation(location);
            appearance.setSignDate(when);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setReason(reason);
            dictionary.setLocation(location);
            dictionary.setDate(new PdfDate(when));
            dictionary.setName(certificate().getSubjectX500Principal().getName());
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, CONTENTS_BYTES * 2 + 2));
            byte[] cms = cms(appearance.getRangeStream().readAllBytes());
            if (cms.length > CONTENTS_BYTES) {
                throw new IllegalStateException("the signature (" + cms.length + " bytes) does not fit the room reserved for it");
            }
            byte[] padded = new byte[CONTENTS_BYTES];
            System.arraycopy(cms, 0, padded, 0, cms.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        } catch (DocumentException | GeneralSigningException e) {
            throw new IllegalStateException("Cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    /** Detached CMS SignedData over the signed byte ranges, with signing-certificate-v2 (PAdES B-B). */
    private byte[] cms(byte[] signedRanges) throws GeneralSigningException {
        try {
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(
                    new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new org.bouncycastle.asn1.cms.Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithm()).build(key), new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(certificate())));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(signedRanges), false).getEncoded();
        } catch (NoSuchAlgorithmException | CertificateEncodingException | OperatorCreationException | CMSException | IOException e) {
            throw new GeneralSigningException(e);
        }
    }

    private String algorithm() {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    private static final class GeneralSigningException extends Exception {
        GeneralSigningException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
