package org.aifootprint.application.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.tenant.UserAccountRepository;
import org.aifootprint.infrastructure.security.CurrentCaller;
import org.aifootprint.infrastructure.security.PasswordHashing;

/** What every signed-in person may do with their own account. */
@Stateless
@RolesAllowed({"ADMIN", "ANALYST", "AUDITOR", "PROCUREMENT", "OPERATOR"})
public class AccountService {

    @Inject
    private UserAccountRepository users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private CurrentCaller caller;
    @Inject
    private Clock clock;

    public void changePassword(String currentPassword, String newPassword, String repeatedPassword) {
        String email = caller.require().name();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String stored = users.passwordHash(email).orElseThrow(() -> InvalidInput.of(null, "Only user accounts have a password."));
        if (currentPassword == null || !passwords.matches(currentPassword, stored)) {
            errors.add(new InvalidInput.FieldError("currentPassword", "is not your current password"));
        }
        if (newPassword == null || newPassword.length() < PasswordHashing.MINIMUM_PASSWORD_LENGTH || newPassword.length() > 200) {
            errors.add(new InvalidInput.FieldError("newPassword", "must be 12 to 200 characters"));
        } else if (!newPassword.equals(repeatedPassword)) {
            errors.add(new InvalidInput.FieldError("repeatedPassword", "does not match the new password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        users.changePasswordHash(email, passwords.hash(newPassword), clock.instant());
    }
}
