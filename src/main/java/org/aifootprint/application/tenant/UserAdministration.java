package org.aifootprint.application.tenant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.InputValidation;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.UserAccount;
import org.aifootprint.domain.tenant.UserAccountRepository;
import org.aifootprint.infrastructure.security.CallerDirectory;
import org.aifootprint.infrastructure.security.CurrentCaller;
import org.aifootprint.infrastructure.security.PasswordHashing;
import org.aifootprint.infrastructure.security.Secrets;

/** A tenant administrator's use cases for the users of the tenant. */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministration {

    public record NewUser(
            @NotBlank(message = "is required") @Email(message = "must be an e-mail address")
            @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String displayName,
            @NotNull(message = "is required") Role role) {
    }

    /** A created or reset account with the temporary password to hand over; shown once, never stored. */
    public record IssuedPassword(UserAccount user, String temporaryPassword) {
    }

    @Inject
    private InputValidation validation;
    @Inject
    private UserAccountRepository users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private CallerDirectory directory;
    @Inject
    private CurrentCaller caller;
    @Inject
    private Clock clock;

    public List<UserAccount> users() {
        return users.findAll();
    }

    public IssuedPassword create(NewUser request) {
        validation.check(request);
        if (!request.role().isTenantRole()) {
            throw InvalidInput.of("role", "must be one of ADMIN, ANALYST, AUDITOR, PROCUREMENT");
        }
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (users.isEmailRegistered(email)) {
            throw InvalidInput.of("email", "this e-mail address is already registered");
        }
        String password = Secrets.newTemporaryPassword();
        UserAccount user = new UserAccount(email, request.displayName().trim(), request.role(), passwords.hash(password), clock.instant());
        users.store(user);
        return new IssuedPassword(user, password);
    }

    public UserAccount changeRole(long userId, Role role) {
        if (role == null || !role.isTenantRole()) {
            throw InvalidInput.of("role", "must be one of ADMIN, ANALYST, AUDITOR, PROCUREMENT");
        }
        UserAccount user = user(userId);
        refuseOnSelf(user, "role", "you cannot change your own role; ask another administrator");
        user.changeRole(role);
        directory.forget(user.getEmail());
        return user;
    }

    public UserAccount setEnabled(long userId, boolean enabled) {
        UserAccount user = user(userId);
        if (!enabled) {
            refuseOnSelf(user, "enabled", "you cannot disable your own account");
            user.disable();
        } else {
            user.enable();
        }
        directory.forget(user.getEmail());
        return user;
    }

    public IssuedPassword resetPassword(long userId) {
        UserAccount user = user(userId);
        String password = Secrets.newTemporaryPassword();
        user.changePasswordHash(passwords.hash(password), clock.instant());
        return new IssuedPassword(user, password);
    }

    public UserAccount user(long id) {
        return users.find(id).orElseThrow(() -> new NotFound("User", id));
    }

    private void refuseOnSelf(UserAccount user, String field, String message) {
        if (user.getEmail().equals(caller.getName())) {
            throw InvalidInput.of(field, message);
        }
    }
}
