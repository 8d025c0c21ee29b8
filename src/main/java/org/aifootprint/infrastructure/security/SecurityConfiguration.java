package org.aifootprint.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.aifootprint.infrastructure.persistence.DataSourceConfiguration;

/**
 * Jakarta Security's own database identity store checks e-mail and password against
 * {@code user_account} with PBKDF2 hashes; API tokens are checked against their stored SHA-256 by {@link CallerDirectory}; the
 * one authentication mechanism is {@link AifAuthenticationMechanism}.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = "select password_hash from user_account where email = ? and enabled = true",
        groupsQuery = "select role from user_account where email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ALGORITHM_PARAMETER,
                PasswordHashing.ITERATIONS_PARAMETER,
                PasswordHashing.SALT_SIZE_PARAMETER,
                PasswordHashing.KEY_SIZE_PARAMETER
        })
@DeclareRoles({"ADMIN", "ANALYST", "AUDITOR", "PROCUREMENT", "OPERATOR"})
@ApplicationScoped
public class SecurityConfiguration {
}
