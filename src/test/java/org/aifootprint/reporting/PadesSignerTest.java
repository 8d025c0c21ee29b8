package org.aifootprint.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

public class PadesSignerTest {

    public static PadesSigner signer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Demo AI Co. disclosures, O=Demo AI Co.");
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(System.currentTimeMillis() - 60_000),
                new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        return new PadesSigner(pair.getPrivate(), List.of(certificate));
    }

    public static byte[] pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Scope 2 location-based: 139.7 t CO2e"));
        document.close();
        return out.toByteArray();
    }

    /** Verifies the one signature of a PDF as a reader would: byte ranges, CMS signature, signer certificate. */
    public static boolean verifies(byte[] signed, X509Certificate certificate) throws Exception {
        PdfReader reader = new PdfReader(signed);
        AcroFields fields = reader.getAcroFields();
        List<String> names = new java.util.ArrayList<>(fields.getSignatureTypes().keySet());
        assertEquals(1, names.size());
        PdfDictionary signature = fields.getSignatureDictionary(names.get(0));
        assertEquals("/ETSI.CAdES.detached", signature.getAsName(PdfName.SUBFILTER).toString());
        PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
        int a = range.getAsNumber(0).intValue();
        int b = range.getAsNumber(1).intValue();
        int c = range.getAsNumber(2).intValue();
        int d = range.getAsNumber(3).intValue();
        assertTrue(c + d == signed.length && fields.signatureCoversWholeDocument(names.get(0)), "the byte ranges cover the whole file but the signature");
        byte[] covered = new byte[b + d];
        System.arraycopy(signed, a, covered, 0, b);
        System.arraycopy(signed, c, covered, b, d);
        byte[] contents = ((PdfString) signature.get(PdfName.CONTENTS)).getOriginalBytes();
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(covered), contents);
        SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
        assertTrue(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null, "PAdES: signing-certificate-v2");
        try {
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException changed) {
            return false;
        }
    }

    @Test
    void aSignedDisclosureVerifiesAndKeepsItsPages() throws Exception {
        PadesSigner signer = signer();
        byte[] signed = signer.sign(pdf(), "Scope 1-3 AI disclosure #7", "Demo AI Co.", Calendar.getInstance());
        assertTrue(verifies(signed, signer.certificate()));
        assertEquals(1, new PdfReader(signed).getNumberOfPages());
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        PadesSigner signer = signer();
        byte[] signed = signer.sign(pdf(), "r", "l", Calendar.getInstance());
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertTrue(at > 0);
        signed[at + 2] = (byte) (signed[at + 2] == 'r' ? 'x' : 'r');
        assertFalse(verifies(signed, signer.certificate()));
    }
}
