package org.aifootprint.application.tenant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.InputValidation;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.Tenant;
import org.aifootprint.domain.tenant.TenantRepository;
import org.aifootprint.domain.tenant.UserAccountRepository;
import org.aifootprint.infrastructure.security.PasswordHashing;

/** The platform operator's use cases: tenants and their first administrator. */
@Stateless
@RolesAllowed("OPERATOR")
public class TenantAdministration {

    public record NewTenant(
            @NotBlank(message = "is required")
            @Pattern(regexp = Tenant.ID_PATTERN, message = "must be 2-40 lower-case letters, digits or dashes, starting with a letter")
            String id,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotBlank(message = "is required") @Email(message = "must be an e-mail address")
            @Size(max = 254, message = "must be at most 254 characters") String adminEmail,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String adminName,
            @NotBlank(message = "is required")
            @Size(min = PasswordHashing.MINIMUM_PASSWORD_LENGTH, max = 200, message = "must be 12 to 200 characters")
            String adminPassword) {
    }

    @Inject
    private InputValidation validation;
    @Inject
    private TenantRepository tenants;
    @Inject
    private UserAccountRepository users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private Clock clock;

    public List<Tenant> tenants() {
        return tenants.findAll();
    }

    /** Creates the tenant and its first administrator together, or neither. */
    public Tenant create(NewTenant request) {
        validation.check(request);
        String email = request.adminEmail().trim().toLowerCase(Locale.ROOT);
        if (tenants.find(request.id()).isPresent()) {
            throw InvalidInput.of("id", "a tenant with this id already exists");
        }
        if (users.isEmailRegistered(email)) {
            throw InvalidInput.of("adminEmail", "this e-mail address is already registered");
        }
        Instant now = clock.instant();
        Tenant tenant = new Tenant(request.id(), request.name().trim(), now);
        tenants.store(tenant);
        users.storeOutsideCurrentTenant(tenant.getId(), email, request.adminName().trim(), Role.ADMIN,
                passwords.hash(request.adminPassword()), now);
        return tenant;
    }
}
