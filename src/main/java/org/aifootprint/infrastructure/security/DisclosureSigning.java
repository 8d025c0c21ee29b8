package org.aifootprint.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.aifootprint.reporting.PadesSigner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificate disclosures are signed with (PAdES), when one is configured: a PKCS#12 file
 * ({@code aif.signing.keystore} / {@code AIF_SIGNING_KEYSTORE}), its password ({@code aif.signing.password}) and,
 * if the file holds several keys, the alias ({@code aif.signing.alias}). Without it disclosures are not signed
 * and are verified by their SHA-256. A configured but unreadable keystore is an error, never a silent fallback.
 */
@ApplicationScoped
public class DisclosureSigning {

    private static final Logger LOG = Logger.getLogger(DisclosureSigning.class.getName());

    @Inject
    @ConfigProperty(name = "aif.signing.keystore")
    private Optional<String> keystore;
    @Inject
    @ConfigProperty(name = "aif.signing.password")
    private Optional<String> password;
    @Inject
    @ConfigProperty(name = "aif.signing.alias")
    private Optional<String> alias;

    private volatile PadesSigner signer;

    /** The signer, or empty when no certificate is configured. */
    public Optional<PadesSigner> signer() {
        if (keystore.isEmpty() || keystore.get().isBlank()) {
            return Optional.empty();
        }
        PadesSigner s = signer;
        if (s == null) {
            s = load(Path.of(keystore.get().trim()), password.orElse("").toCharArray(), alias.orElse(null));
            signer = s;
            LOG.info("Disclosures are signed (PAdES) as " + s.certificate().getSubjectX500Principal().getName());
        }
        return Optional.of(s);
    }

    static PadesSigner load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias;
            if (name == null || name.isBlank()) {
                List<String> keys = new ArrayList<>();
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        keys.add(a);
                    }
                }
                if (keys.size() != 1) {
                    throw new IllegalStateException("aif.signing.keystore " + file + " holds " + keys.size() + " keys; set aif.signing.alias");
                }
                name = keys.get(0);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] chain = store.getCertificateChain(name);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalStateException("aif.signing.keystore " + file + " has no key with a certificate under alias " + name);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new PadesSigner(key, certificates);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing certificate aif.signing.keystore=" + file + ": " + e.getMessage(), e);
        }
    }
}
