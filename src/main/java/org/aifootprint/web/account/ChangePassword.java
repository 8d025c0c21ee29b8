package org.aifootprint.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.account.AccountService;
import org.aifootprint.web.support.Pages;

/** {@code account/password.xhtml}: anyone signed in changes their own password. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    private AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void submit() {
        try {
            accounts.changePassword(currentPassword, newPassword, repeatedPassword);
            Pages.info("Password changed", "Use the new password the next time you sign in.");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
