package org.aifootprint.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.aifootprint.reporting.PadesSigner;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureSigningTest {

    @TempDir
    Path dir;

    private Path keystore(String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + alias);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                    new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            store.setKeyEntry(alias, pair.getPrivate(), "secret".toCharArray(), new Certificate[] {certificate});
        }
        Path file = dir.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }
        return file;
    }

    @Test
    void theOneKeyOfAKeystoreSignsAndAnEcKeyWorksToo() throws Exception {
        PadesSigner signer = DisclosureSigning.load(keystore("disclosures"), "secret".toCharArray(), null);
        assertTrue(signer.certificate().getSubjectX500Principal().getName().contains("disclosures"));
        byte[] pdf = org.aifootprint.reporting.PadesSignerTest.pdf();
        assertTrue(org.aifootprint.reporting.PadesSignerTest.verifies(signer.sign(pdf, "r", "l", java.util.Calendar.getInstance()),
                signer.certificate()));
    }

    @Test
    void aWrongPasswordOrAnAmbiguousKeystoreIsSaidNotIgnored() throws Exception {
        Path two = keystore("a", "b");
        IllegalStateException ambiguous = assertThrows(IllegalStateException.class, () -> DisclosureSigning.load(two, "secret".toCharArray(), null));
        assertTrue(ambiguous.getMessage().contains("aif.signing.alias"), ambiguous.getMessage());
        assertEquals("CN=b", DisclosureSigning.load(two, "secret".toCharArray(), "b").certificate().getSubjectX500Principal().getName());
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> DisclosureSigning.load(two, "nope".toCharArray(), "a"));
        assertTrue(wrong.getMessage().contains("Cannot read the signing certificate"), wrong.getMessage());
    }
}
